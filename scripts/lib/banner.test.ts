import { ROLES } from '@sigobito/config';
import { readyBanner, type BannerInput } from './banner';

const base: BannerInput = {
  seconds: 12.4,
  backoffice: 'https://gestion.municipio.example/backoffice/',
  publicUrl: 'https://transparencia.municipio.example',
  cmsUrl: 'https://gestion.municipio.example',
  demo: true,
  demoPassword: 'sigobito-demo-2026',
};

describe('the banner npm start prints when everything answers', () => {
  it('gives the addresses of the back office, the public site and the API', () => {
    const text = readyBanner(base);
    expect(text).toContain('SIGOBito está listo (12 s).');
    expect(text).toContain('Back office:    https://gestion.municipio.example/backoffice/');
    expect(text).toContain('Sitio público:  https://transparencia.municipio.example/');
    expect(text).toContain('API:            https://gestion.municipio.example/api/backoffice/…');
  });

  it('lists one demo login per role where the demo is seeded, with the default password only if unchanged', () => {
    const text = readyBanner(base);
    for (const role of ROLES) expect(text).toContain(`${role}@demo.sigobito.org`);
    expect(text).toContain('contraseña: sigobito-demo-2026');
    expect(readyBanner({ ...base, demoPassword: 'otra-clave-local' })).not.toContain('otra-clave-local');
    expect(readyBanner({ ...base, demoPassword: 'otra-clave-local' })).toContain('la de DEMO_PASSWORD');
  });

  it('prints no demo login without the demo (production), but how to create the first administrator', () => {
    const text = readyBanner({ ...base, demo: false });
    expect(text).not.toMatch(/demo\.sigobito\.org|sigobito-demo-2026|DEMO_PASSWORD/);
    expect(text).toContain('npm run create-admin -- ');
    expect(text).toContain('--role mayor');
  });
});
