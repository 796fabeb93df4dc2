/**
 * Pure: whether a text is an address a browser opens as a web page: `http://` or `https://`, a
 * host, no spaces. What the back office turns into a link must be one: `javascript:`, `data:`
 * and the like run in the reader's session instead.
 */
export function isWebAddress(value: string): boolean {
  if (!/^https?:\/\/\S+$/i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}
