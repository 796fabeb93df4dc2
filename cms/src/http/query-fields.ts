/** Every key an object inherits ("constructor", "toString", "__proto__"…). */
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * Pure: the first field a query asks for under `fields` (at the top or inside `populate`) that is
 * a key every object inherits. Strapi looks such a name up on the content type's attributes
 * through the prototype chain and puts it in the SELECT: `GET /api/themes?fields=constructor`
 * was a 500 (an unknown column) for anyone.
 */
export function inheritedFieldIn(query: unknown): string | undefined {
  const stack: unknown[] = [query];
  while (stack.length) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'fields') {
        const names = (Array.isArray(value) ? value : [value]).flatMap((v) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()) : []));
        const bad = names.find((name) => INHERITED.has(name));
        if (bad !== undefined) return bad;
      }
      stack.push(value);
    }
  }
  return undefined;
}
