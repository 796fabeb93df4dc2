import { startApp, type TestApp } from '../helpers/app';
import { startSite, type PublicSite } from '../helpers/public-site';

let app: TestApp;
let site: PublicSite;
type Admin = Awaited<ReturnType<TestApp['client']>>;
let admin: Admin;

beforeAll(async () => {
  app = await startApp({ agenda: true, goals: true });
  // These tests change places and settings and read the next page: no shared copies (the cache has its own tests).
  site = await startSite(app.baseUrl, { PUBLIC_CACHE_FRESH_SECONDS: '0', PUBLIC_CACHE_STALE_SECONDS: '0' });
  admin = await app.client('admin');
});
afterAll(async () => {
  site?.stop();
  await app?.stop();
});

const page = async (path: string) => {
  const res = await fetch(`${site.url}${path}`);
  return { status: res.status, csp: res.headers.get('content-security-policy') ?? '', html: await res.text() };
};
/** The <a> of the map that links to a place, with what it holds. */
const mapLink = (html: string, code: string) => html.match(new RegExp(`<a href="/lugares/${code}"[^>]*class="map-place[^"]*"[^>]*>[\\s\\S]*?</a>`))?.[0];

async function settings() {
  return (await admin.getOne('settings', { id: 'current' })).data;
}
async function setTiles(data: { mapTileUrl: string | null; mapTileAttribution?: string | null }) {
  return admin.update('settings', { id: 'current', data, previousData: await settings() });
}

describe('the territory page draws the places as a map on the server', () => {
  it('is an accessible SVG with a link per district, its counts, and the list of places as text, without JavaScript', async () => {
    const { status, html, csp } = await page('/lugares');
    expect(status).toBe(200);
    // A group (not an image: its places are links) named by its title and described by its description.
    expect(html).toMatch(/<svg role="group" viewBox="0 0 640 420" aria-labelledby="mapa-titulo" aria-describedby="mapa-descripcion"/);
    expect(html).toContain('<title id="mapa-titulo">Mapa de los lugares de Municipio de San Isidro del Valle</title>');
    expect(html).toMatch(/<desc id="mapa-descripcion">\s*3 lugares del territorio/);
    // The top of the tree is drawn, each district a link named by its name and its counts; what is inside them is not (yet).
    const places = (await (await fetch(`${app.baseUrl}/api/places?pagination[pageSize]=100&populate[parent][fields][0]=code`)).json()).data as Array<{ code: string; name: string; parent: { code: string } | null }>;
    for (const p of places.filter((p) => !p.parent)) {
      const link = mapLink(html, p.code);
      expect(link).toMatch(new RegExp(`aria-label="${p.name}: \\d+ metas?, \\d+ actividad(es)?"`));
      expect(link).toMatch(/<title>[^<]+<\/title>\s*<path d="M[^"]+"/);
    }
    expect(mapLink(html, 'C-SI-CABECERA')).toBeUndefined();
    // A district counts the public goals of the places inside it, each once; the list under the map says so in words.
    const parentOf = new Map(places.map((p) => [p.code, p.parent?.code]));
    const inSanIsidro = (code: string) => {
      for (let c: string | undefined = code; c; c = parentOf.get(c)) if (c === 'D-SANISIDRO') return true;
      return false;
    };
    const goals = (await (await fetch(`${app.baseUrl}/api/public/goals`)).json()).data as Array<{ places: { code: string }[] }>;
    const inDistrict = goals.filter((g) => g.places.some((p) => inSanIsidro(p.code))).length;
    expect(inDistrict).toBeGreaterThan(1);
    expect(mapLink(html, 'D-SANISIDRO')).toContain(`aria-label="Distrito de San Isidro: ${inDistrict} metas`);
    expect(html).toMatch(new RegExp(`Distrito de San Isidro</a> <span class="kind">\\(Distrito\\)</span>\\s*<span class="place-counts">: ${inDistrict} metas`));
    for (const p of places) expect(html).toContain(`<a href="/lugares/${p.code}">${p.name}</a>`);
    // No script, and a policy that runs none.
    expect(html).not.toContain('<script');
    expect(csp).not.toContain('script-src');
  });

  it('highlights the place of a place page and keeps its goals and activities below', async () => {
    const { status, html } = await page('/lugares/B-VA-LASFLORES');
    expect(status).toBe(200);
    const link = mapLink(html, 'B-VA-LASFLORES')!;
    expect(link).toContain('aria-current="page"');
    expect(link).toContain('map-current');
    expect(mapLink(html, 'D-VALLEALTO')).not.toContain('aria-current');
    // Around it: the districts, the corregimientos of its district, the neighbourhoods of its corregimiento.
    for (const code of ['D-SANISIDRO', 'C-VA-NARANJOS', 'C-VA-QUEBRADAHONDA', 'B-VA-ELPROGRESO']) expect(mapLink(html, code)).toBeDefined();
    expect(mapLink(html, 'B-SI-ELCARMEN')).toBeUndefined();
    expect(html).toContain('Resaltado: Barrio Las Flores.');
    expect(html).toMatch(/<h2 id="metas">Metas de gobierno<\/h2>/);
    expect(html).not.toContain('<script');
  });

  it('draws a place located in the back office on the next visit, and leaves out one without a location', async () => {
    const square = [[-80.3, 8.35], [-80.29, 8.35], [-80.29, 8.36], [-80.3, 8.36], [-80.3, 8.35]];
    await admin.create('places', { data: { code: 'O-PARQUE', name: 'Parque Central', kind: 'other', geometry: { type: 'Polygon', coordinates: [square] } } });
    await admin.create('places', { data: { code: 'O-SINMAPA', name: 'Sin ubicación', kind: 'other' } });
    const { html } = await page('/lugares');
    expect(mapLink(html, 'O-PARQUE')).toMatch(/<path d="M/);
    expect(mapLink(html, 'O-SINMAPA')).toBeUndefined();
    expect(html).toContain('1 de 26 lugares aún no tienen ubicación en el mapa.');
    expect(html).toContain('>Sin ubicación</a>');
  });
});

describe("a place's location, checked by the API", () => {
  const base = { kind: 'other', name: 'Lugar' };
  it.each([
    ['a ring that does not close', { type: 'Polygon', coordinates: [[[-80.1, 8.4], [-80, 8.4], [-80, 8.5], [-80.1, 8.5]]] }, 'ring_closed', /cerrarse/],
    ['a ring without area', { type: 'Polygon', coordinates: [[[-80.1, 8.4], [-80, 8.4], [-80, 8.4], [-80.1, 8.4]]] }, 'ring_area', /3 puntos distintos/],
    ['latitude and longitude swapped', { type: 'Point', coordinates: [8.4, -95.1] }, 'position', /latitud entre -90 y 90/],
    ['a collection of geometries', { type: 'GeometryCollection', geometries: [] }, 'type', /El tipo debe ser uno de/],
    ['an array', [-80.1, 8.4], 'object', /objeto GeoJSON/],
  ])('refuses %s with a 400 on geometry that says why', async (_label, geometry, variant, reason) => {
    const res = await app.http
      .post('/api/backoffice/places')
      .set('Authorization', `Bearer ${await app.login('admin')}`)
      .send({ ...base, code: `P-${variant}`, geometry });
    expect(res.status).toBe(400);
    expect(res.body.errors.geometry).toMatch(reason);
    expect(res.body.error.details.errors).toEqual([expect.objectContaining({ path: ['geometry'], code: 'invalid_geojson', params: { variant } })]);
    expect(await app.strapi.db.query('api::place.place').count({ where: { code: `P-${variant}` } })).toBe(0);
  });
});

describe('map tiles, configured in the settings', () => {
  afterEach(async () => {
    await setTiles({ mapTileUrl: null, mapTileAttribution: null });
  });

  it.each([
    ['http instead of https', 'http://tile.openstreetmap.org/{z}/{x}/{y}.png', /https:\/\//],
    ['a template without {y}', 'https://tile.openstreetmap.org/{z}/{x}.png', /\{y\}/],
    ['a placeholder Leaflet does not fill', 'https://tile.example.org/{z}/{x}/{y}.png?key={key}', /\{key\}/],
    ['a quote that would break out of the policy', "https://tile.example.org/{z}/{x}/{y}.png'; script-src *", /comillas/],
  ])('refuses %s with a 400 on mapTileUrl', async (_label, mapTileUrl, reason) => {
    const err = await setTiles({ mapTileUrl, mapTileAttribution: '© Ejemplo' }).catch((e) => e);
    expect(err.status).toBe(400);
    expect(err.body.errors.mapTileUrl).toMatch(reason);
    expect(err.body.error.details.errors[0]).toMatchObject({ path: ['mapTileUrl'], code: 'invalid_url', params: { variant: 'tile' } });
    expect((await settings()).mapTileUrl ?? null).toBeNull();
  });

  it('asks for the credit the tile provider requires', async () => {
    const err = await setTiles({ mapTileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png', mapTileAttribution: '  ' }).catch((e) => e);
    expect(err.status).toBe(400);
    expect(err.body.error.details.errors[0]).toMatchObject({ path: ['mapTileAttribution'], code: 'required' });
  });

  it('lets the map pages load tiles from that host only, and the map script from the site, over the same SVG', async () => {
    const { data } = await setTiles({ mapTileUrl: 'https://{s}.tiles.example.org/{z}/{x}/{y}.png', mapTileAttribution: '© Ejemplo <b>' });
    expect(data.mapTileUrl).toBe('https://{s}.tiles.example.org/{z}/{x}/{y}.png');
    for (const path of ['/lugares', '/lugares/D-SANISIDRO']) {
      const { html, csp } = await page(path);
      expect(csp).toMatch(/img-src 'self' https:\/\/\*\.tiles\.example\.org(;|$)/);
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).toContain("default-src 'none'");
      expect(html).toMatch(/<svg role="group"/);
      expect(html).toMatch(/<script type="module" src="\/_astro\/[^"]+\.js"><\/script>/);
      const attribute = html.match(/data-tile-map="([^"]+)"/)![1]!;
      const tileData = JSON.parse(attribute.replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n))).replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
      expect(tileData).toMatchObject({ url: 'https://{s}.tiles.example.org/{z}/{x}/{y}.png', attribution: '© Ejemplo <b>' });
      expect(tileData.places).toContainEqual(expect.objectContaining({ code: 'D-SANISIDRO', href: '/lugares/D-SANISIDRO', geometry: expect.objectContaining({ type: 'Polygon' }) }));
    }
    // Pages without a map keep the policy that runs no script.
    expect((await page('/metas')).csp).not.toContain('script-src');
  });
});
