/* The yardstick of tests/e2e/first-load.test.ts: the smallest react-admin app there is (one empty
   resource, the default login page, no session ever), built by Vite as the back office is. Plain
   createElement keeps it inside the root tsconfig (no JSX settings needed). */
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { Admin, Resource, type AuthProvider } from 'react-admin';
import simpleRestProvider from 'ra-data-simple-rest';

const authProvider: AuthProvider = {
  login: async () => undefined,
  logout: async () => undefined,
  checkAuth: async () => {
    throw new Error('no session');
  },
  checkError: async () => undefined,
};

const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain <div id="root">');
createRoot(container).render(
  h(Admin, { dataProvider: simpleRestProvider('/api'), authProvider, requireAuth: true }, h(Resource, { name: 'items' })),
);
