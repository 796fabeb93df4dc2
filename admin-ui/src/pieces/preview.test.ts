import { displayUrl, linkHost, xSegments } from './preview';

describe('the X preview', () => {
  it('shows a long link shortened, without its scheme, and links it', () => {
    const segments = xSegments('Lea el informe https://www.municipio.gob.pa/noticias/2026-11-30-inauguramos-el-puente');
    expect(segments).toEqual([
      { kind: 'text', text: 'Lea el informe ' },
      { kind: 'url', text: 'municipio.gob.pa/noticia…', href: 'https://www.municipio.gob.pa/noticias/2026-11-30-inauguramos-el-puente' },
    ]);
  });

  it('marks hashtags and mentions', () => {
    expect(xSegments('Gracias @vecinos por el #AguaPotable.')).toEqual([
      { kind: 'text', text: 'Gracias ' },
      { kind: 'mention', text: '@vecinos' },
      { kind: 'text', text: ' por el ' },
      { kind: 'hashtag', text: '#AguaPotable' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('keeps the text around an emoji whole', () => {
    const segments = xSegments('💧 Agua 24 h en municipio.gob.pa ✅');
    expect(segments.map((s) => s.text).join('')).toBe('💧 Agua 24 h en municipio.gob.pa ✅');
    expect(segments.find((s) => s.kind === 'url')).toEqual({ kind: 'url', text: 'municipio.gob.pa', href: 'https://municipio.gob.pa' });
  });

  it('gives plain text as one segment, and nothing for no text', () => {
    expect(xSegments('Hola')).toEqual([{ kind: 'text', text: 'Hola' }]);
    expect(xSegments('')).toEqual([]);
  });

  it('leaves a short link as it is', () => {
    expect(displayUrl('http://x.co/a')).toBe('x.co/a');
  });
});

describe('the Facebook link card', () => {
  it('names the site of the link', () => {
    expect(linkHost('https://www.municipio.gob.pa/noticias/x')).toBe('MUNICIPIO.GOB.PA');
    expect(linkHost('municipio.gob.pa')).toBe('MUNICIPIO.GOB.PA');
  });

  it('names nothing for no link or a broken one', () => {
    expect(linkHost('')).toBe('');
    expect(linkHost(null)).toBe('');
    expect(linkHost('http://')).toBe('');
  });
});
