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
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|\\.astro)/' },
    tsPreCompilationDeps: true,
    combinedDependencies: false,
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.astro'] },
  },
};
