import { cspWithMapTiles, mapTileSource, mapTileUrlProblem } from './map-tiles';

describe('a map tile address', () => {
  it('may be empty: the maps then draw the places alone', () => {
    expect(mapTileUrlProblem(null)).toBeNull();
    expect(mapTileUrlProblem('')).toBeNull();
  });

  it('accepts an https template with {z}, {x} and {y}, and {s} or {r}', () => {
    expect(mapTileUrlProblem('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBeNull();
    expect(mapTileUrlProblem('https://{s}.basemaps.example.com/light/{z}/{x}/{y}{r}.png?key=abc')).toBeNull();
    expect(mapTileUrlProblem('https://tiles.example.com:8443/{z}/{y}/{x}')).toBeNull();
  });

  it('refuses http, other schemes and text that is not an address', () => {
    expect(mapTileUrlProblem('http://tile.openstreetmap.org/{z}/{x}/{y}.png')).toMatch(/https:\/\//);
    expect(mapTileUrlProblem('javascript:alert(1)//{z}/{x}/{y}')).toMatch(/https:\/\//);
    expect(mapTileUrlProblem('https://tiles example.com/{z}/{x}/{y}')).toMatch(/espacios/);
    expect(mapTileUrlProblem("https://t.example.com/{z}/{x}/{y}.png'; script-src *")).toMatch(/comillas/);
    expect(mapTileUrlProblem(42)).toBe('Debe ser un texto');
  });

  it('refuses a template that lacks {z}, {x} or {y}, or names another placeholder', () => {
    expect(mapTileUrlProblem('https://tile.example.com/{z}/{x}.png')).toBe('Debe contener {y}');
    expect(mapTileUrlProblem('https://tile.example.com/{z}/{x}/{y}.png?k={apikey}')).toMatch(/No se reconoce \{apikey\}/);
  });

  it('refuses credentials and placeholders inside the host other than a leading {s}', () => {
    expect(mapTileUrlProblem('https://user:pw@tile.example.com/{z}/{x}/{y}.png')).toMatch(/no es una dirección https válida/i);
    expect(mapTileUrlProblem('https://tile{s}.example.com/{z}/{x}/{y}.png')).toMatch(/solo se admite \{s\} al principio/);
    expect(mapTileUrlProblem('https://{z}/{x}/{y}')).toMatch(/solo se admite/);
  });

  it('refuses a template longer than 300 characters', () => {
    expect(mapTileUrlProblem(`https://tile.example.com/${'a'.repeat(300)}/{z}/{x}/{y}.png`)).toMatch(/300/);
  });
});

describe('where the browser may load tiles from', () => {
  it('is the template host, with a wildcard for {s}', () => {
    expect(mapTileSource('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe('https://tile.openstreetmap.org');
    expect(mapTileSource('https://{s}.tile.example.org/{z}/{x}/{y}.png')).toBe('https://*.tile.example.org');
    expect(mapTileSource('https://tiles.example.com:8443/{z}/{y}/{x}')).toBe('https://tiles.example.com:8443');
  });

  it('is nowhere without a valid template', () => {
    expect(mapTileSource(null)).toBeNull();
    expect(mapTileSource('')).toBeNull();
    expect(mapTileSource('http://tile.example.com/{z}/{x}/{y}.png')).toBeNull();
  });
});

describe('the Content-Security-Policy of a page with tiles', () => {
  const SITE = "default-src 'none'; img-src 'self'; style-src 'self' 'unsafe-inline'; form-action 'self'";

  it('lets images load from the tile host, and scripts only from the page itself when asked', () => {
    expect(cspWithMapTiles(SITE, 'https://*.tile.example.org', { scripts: true })).toBe(
      "default-src 'none'; img-src 'self' https://*.tile.example.org; style-src 'self' 'unsafe-inline'; form-action 'self'; script-src 'self'",
    );
    expect(cspWithMapTiles("img-src 'none'", 'https://t.example.org')).toBe('img-src https://t.example.org');
  });

  it('is unchanged without tiles', () => {
    expect(cspWithMapTiles(SITE, null, { scripts: true })).toBe(SITE);
  });
});
