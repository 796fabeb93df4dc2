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
