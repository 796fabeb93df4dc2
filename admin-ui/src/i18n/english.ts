import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { editorMessagesEn } from './editor';
import { en } from './en';

/** English, fetched when a user picks it (i18nProvider.ts): the login page waits only for Spanish. */
export const english: TranslationMessages = {
  ...englishMessages,
  ra: Object.assign({}, englishMessages.ra, {
    tiptap: editorMessagesEn,
    // Users sign in with their username or their e-mail (users-permissions `identifier`).
    auth: { ...englishMessages.ra.auth, username: 'Username or email' },
  }),
  ...en,
};
