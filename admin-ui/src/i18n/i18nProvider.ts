import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { en } from './en';
import { es } from './es';
import { raSpanish } from './raSpanish';

const spanish: TranslationMessages = { ...raSpanish, ...es };

const english: TranslationMessages = {
  ...englishMessages,
  ra: {
    ...englishMessages.ra,
    // Users sign in with their username or their e-mail (users-permissions `identifier`).
    auth: { ...englishMessages.ra.auth, username: 'Username or email' },
    // The rich text editor's buttons (ra-input-rich-text ships no translations of its own).
    tiptap: {
      align_left: 'Align left',
      align_right: 'Align right',
      align_center: 'Center',
      align_justify: 'Justify',
      bold: 'Bold',
      italic: 'Italic',
      underline: 'Underline',
      strike: 'Strikethrough',
      code: 'Code',
      color: 'Colour',
      highlight: 'Highlight',
      list_bulleted: 'Bulleted list',
      list_numbered: 'Numbered list',
      link: 'Link',
      image: 'Image',
      image_dialog: 'Image address',
      blockquote: 'Quote',
      clear_format: 'Clear formatting',
      subheading: 'Subheading',
      paragraph: 'Normal text',
      select_level: 'Heading level',
      current_level: 'Current level',
    },
  },
  ...en,
};

export const LOCALES = [
  { locale: 'es', name: 'Español' },
  { locale: 'en', name: 'English' },
];

export const i18nProvider = polyglotI18nProvider((locale) => (locale === 'en' ? english : spanish), 'es', LOCALES, {
  allowMissing: true,
});
