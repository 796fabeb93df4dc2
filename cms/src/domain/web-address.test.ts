import { isWebAddress } from './web-address';

describe('a web address', () => {
  it.each(['https://www.municipio.gob.pa', 'http://municipio.example/contacto?x=1#y', 'HTTPS://MUNICIPIO.EXAMPLE', 'https://[::1]:8443/'])('%s is one', (value) => {
    expect(isWebAddress(value)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)//https://x',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'ftp://municipio.example',
    '//municipio.example',
    'www.municipio.gob.pa',
    'https://',
    'https://municipio .example',
    'https://municipio.example/\njavascript:alert(1)',
    '',
  ])('%j is not', (value) => {
    expect(isWebAddress(value)).toBe(false);
  });
});
