/**
 * Import rules `npm run lint` enforces (dependency-cruiser): no cycles anywhere in our code,
 * and the back-office kernel knows no module (modules register into it; it never imports them).
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle works only while every use is lazy; break it (a registry, a smaller shared file).',
      from: { path: '^(cms/src|admin-ui/src|public-site/src|config/src)/' },
      to: { circular: true },
    },
    {
      name: 'kernel-knows-no-module',
      severity: 'error',
      comment: 'cms/src/backoffice is the kernel: modules register into it (cms/src/modules/index.ts), it never imports them.',
      from: { path: '^cms/src/backoffice/' },
      to: { path: '^cms/src/(modules|api)/' },
    },
    {
      name: 'contracts-are-browser-safe',
      severity: 'error',
      comment: 'config/src/contracts is imported by the browser: it imports only itself and browser-safe packages (twitter-text: X counts as X does), no Node built-ins, no environment.',
      from: { path: '^config/src/contracts/', pathNot: '\\.test\\.ts$' },
      to: { pathNot: '^(config/src/contracts/|node_modules/twitter-text/)' },
    },
    {
      name: 'browser-apps-import-contracts-only',
      severity: 'error',
      comment: 'The back office and the public site take shared rules from @sigobito/config/contracts, never the Node-only environment.',
      from: { path: '^(admin-ui|public-site)/src/' },
      to: { path: '^config/src/(env|index)\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|\\.astro)/' },
    tsPreCompilationDeps: true,
    combinedDependencies: false,
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.astro'] },
  },
};
