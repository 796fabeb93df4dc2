import { ROLES } from '@sigobito/config';

export type BannerInput = {
  seconds: number;
  backoffice: string;
  publicUrl: string;
  cmsUrl: string;
  /** The demo municipality is seeded into an empty database at this start (SEED_DEMO). */
  demo: boolean;
  demoPassword: string;
};

const DEFAULT_DEMO_PASSWORD = 'sigobito-demo-2026';

/**
 * Pure: what `npm start` prints once everything answers. The demo logins only where the demo
 * is seeded; otherwise (production) how to create the first administrator and the first mayor.
 */
export function readyBanner(b: BannerInput): string {
  const access = b.demo
    ? `  Accesos de demostración (contraseña: ${b.demoPassword === DEFAULT_DEMO_PASSWORD ? DEFAULT_DEMO_PASSWORD : 'la de DEMO_PASSWORD'}):
${ROLES.map((r) => `    ${r.padEnd(13)} ${r}@demo.sigobito.org`).join('\n')}`
    : `  Sin usuarios de demostración. Si aún no hay cuentas, cree el primer administrador
  (y, con --role mayor, el primer Titular) desde esta consola:
    ADMIN_PASSWORD='una-contraseña-larga' npm run create-admin -- \\
      --username ana --email ana@municipio.example --name "Ana Pérez"`;
  return `
SIGOBito está listo (${b.seconds.toFixed(0)} s).

  Back office:    ${b.backoffice}
  Sitio público:  ${b.publicUrl}/
  API:            ${b.cmsUrl}/api/backoffice/…

${access}

  Ctrl-C detiene todo.
`;
}
