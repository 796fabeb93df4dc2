import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AUDITED_CONTENT_TYPES, ROLES } from '@sigobito/config/contracts';
import { i18nProvider } from '../i18n/i18nProvider';
import { CHOICE_LABELS, choiceLabel } from './choiceLabels';

type Schema = { attributes: Record<string, { type: string; enum?: string[] }> };

const API = join(__dirname, '../../../cms/src/api');
const schemaOf = (uid: string): Schema | undefined => {
  const [, name] = /^api::([^.]+)\./.exec(uid) ?? [];
  if (!name) return undefined;
  const dir = join(API, name, 'content-types', name);
  return readdirSync(dir).includes('schema.json') ? (JSON.parse(readFileSync(join(dir, 'schema.json'), 'utf8')) as Schema) : undefined;
};

/** Every code of every audited resource's enumerations, with the labels table to read it in. */
const codes = Object.entries(AUDITED_CONTENT_TYPES).flatMap(([resource, uid]) =>
  Object.entries(schemaOf(uid)?.attributes ?? {})
    .filter(([, attr]) => attr.type === 'enumeration')
    .flatMap(([field, attr]) => (attr.enum ?? []).map((code) => [resource, field, code] as const)),
);

const translateIn = async (locale: 'es' | 'en') => {
  await i18nProvider.changeLocale(locale);
  return (key: string, options?: Record<string, unknown>) => i18nProvider.translate(key, options);
};
afterAll(() => i18nProvider.changeLocale('es'));

describe('the labels of codes in the change history', () => {
  it('know every enumeration of every audited resource', () => {
    expect(codes.length).toBeGreaterThan(40);
    const missing = [...new Set(codes.map(([resource, field]) => `${resource}.${field}`))].filter((key) => {
      const [resource, field] = key.split('.');
      return !CHOICE_LABELS[resource]?.[field];
    });
    expect(missing).toEqual([]);
  });

  it.each(['es', 'en'] as const)('have a label in %s for every code, a member role and a task priority', async (locale) => {
    const translate = await translateIn(locale);
    const all = [...codes, ...ROLES.map((role) => ['members', 'role', role] as const), ...[1, 2, 3, 4, 5].map((p) => ['tasks', 'priority', String(p)] as const)];
    const unlabelled = all.filter(([resource, field, code]) => choiceLabel(resource, field, code, translate) === code);
    expect(unlabelled).toEqual([]);
  });

  it('read "Tipo: Reunión, Estado: Confirmada", and English in English', async () => {
    expect(choiceLabel('activities', 'kind', 'meeting', await translateIn('es'))).toBe('Reunión');
    expect(choiceLabel('activities', 'status', 'confirmed', await translateIn('es'))).toBe('Confirmada');
    expect(choiceLabel('pieces', 'channel', 'web', await translateIn('en'))).toBe('Web site');
  });

  it("read a communication's status and origin, and a piece's channel", async () => {
    const translate = await translateIn('es');
    expect(choiceLabel('communications', 'status', 'in_review', translate)).toBe('En revisión');
    expect(choiceLabel('pieces', 'channel', 'web', translate)).toBe('Sitio web');
  });

  it('leave fields without codes, and inherited names, to the plain value', async () => {
    const translate = await translateIn('es');
    expect(choiceLabel('activities', 'title', 'meeting', translate)).toBeUndefined();
    expect(choiceLabel('constructor', 'kind', 'x', translate)).toBeUndefined();
    expect(choiceLabel('pieces', 'channel', 'toString', translate)).toBe('toString');
  });
});
