import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'react-admin';
import { editorMessagesEs } from './editor';
import { es } from './es';
import { raSpanish } from './raSpanish';

// Object.assign: react-admin's message type knows no `tiptap`.
const spanish: TranslationMessages = { ...raSpanish, ra: Object.assign({}, raSpanish.ra, { tiptap: editorMessagesEs }), ...es };

export const LOCALES = [
  { locale: 'es', name: 'Español' },
  { locale: 'en', name: 'English' },
];

export const i18nProvider = polyglotI18nProvider((locale) => (locale === 'en' ? import('./english').then((m) => m.english) : spanish), 'es', LOCALES, {
  allowMissing: true,
});
