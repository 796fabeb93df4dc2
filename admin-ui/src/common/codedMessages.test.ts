import { ERROR_CODES, HEALTH_REASON_CODES, messageKeys, type CodeSpec } from '@sigobito/config/contracts';
import { i18nProvider } from '../i18n/i18nProvider';
import { en } from '../i18n/en';
import { es } from '../i18n/es';
import { errorMessage, healthReasonText, localizedBody, translatedErrors, type Translate } from './codedMessages';

/** `a.b.c` → the string at that path, or undefined. */
const at = (messages: unknown, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (typeof node === 'object' && node !== null && Object.hasOwn(node, part) ? (node as Record<string, unknown>)[part] : undefined), messages);

/** The app's own provider, switched to the wanted language (its `translate` follows the current locale). */
const inLocale = async (locale: 'es' | 'en'): Promise<Translate> => {
  await i18nProvider.changeLocale(locale);
  return (key, options) => i18nProvider.translate(key, options);
};

const catalogues: Array<[string, Record<string, CodeSpec>]> = [
  ['sigobito.errors', ERROR_CODES],
  ['sigobito.health_reasons', HEALTH_REASON_CODES],
];

describe('the translations of the server codes', () => {
  it.each(catalogues)('give every code and variant of %s a Spanish and an English message', (prefix, catalogue) => {
    const missing = messageKeys(catalogue, prefix).filter((key) => typeof at(es, key) !== 'string' || typeof at(en, key) !== 'string');
    expect(missing).toEqual([]);
  });

  it.each(catalogues)('fill in %s only parameters the code carries', (prefix, catalogue) => {
    const wrong: string[] = [];
    for (const [code, spec] of Object.entries(catalogue)) {
      const declared = new Set([...Object.keys(spec.params ?? {}), 'smart_count']);
      for (const key of messageKeys({ [code]: spec }, prefix)) {
        for (const messages of [es, en]) {
          const text = String(at(messages, key));
          for (const [, name] of text.matchAll(/%\{(\w+)\}/g)) if (!declared.has(name)) wrong.push(`${key}: %{${name}}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('a refused input in the user language', () => {
  afterAll(() => i18nProvider.changeLocale('es'));

  it('says a length limit with its number', async () => {
    const error = { code: 'too_long', params: { max: 200 }, message: 'Como máximo 200 caracteres' };
    expect(errorMessage(await inLocale('en'), error)).toBe('At most 200 characters');
    expect(errorMessage(await inLocale('es'), error)).toBe('Como máximo 200 caracteres');
  });

  it('picks the precise message of a variant, and the general one for a variant it does not know', async () => {
    const t = await inLocale('en');
    expect(errorMessage(t, { code: 'required', params: { variant: 'handover' }, message: 'Indique quién recibe el trabajo abierto' })).toBe('Say who receives the open work');
    expect(errorMessage(t, { code: 'required', params: { variant: 'from_the_future' }, message: 'Es obligatorio' })).toBe('Required');
  });

  it('names the statuses a request may move to by their labels', async () => {
    const error = { code: 'invalid_transition', params: { resource: 'requests', allowed: ['in_review', 'declined'] }, message: 'Desde este estado solo puede pasar a: in_review, declined' };
    expect(errorMessage(await inLocale('en'), error)).toBe('From this status it can only move to: In review, Declined');
    expect(errorMessage(await inLocale('es'), error)).toBe('Desde este estado solo puede pasar a: En revisión, Declinada');
  });

  it("shows the server's Spanish message for a code it does not know", async () => {
    const error = { code: 'brand_new_rule', params: { max: 3 }, message: 'Una regla nueva del servidor' };
    expect(errorMessage(await inLocale('en'), error)).toBe('Una regla nueva del servidor');
  });

  it('turns a 400 body into per-field messages and a notification in the language, leaving a body without codes alone', async () => {
    const body = {
      message: 'Datos no válidos: title (Como máximo 200 caracteres)',
      errors: { title: 'Como máximo 200 caracteres' },
      error: {
        status: 400,
        name: 'ValidationError',
        details: {
          errors: [
            { path: ['title'], code: 'too_long', params: { max: 200 }, message: 'Como máximo 200 caracteres' },
            { path: ['title'], code: 'required', params: {}, message: 'Es obligatorio' },
            { path: ['slot', 'end'], code: 'before_start', params: {}, message: 'Debe ser posterior al inicio' },
          ],
        },
      },
    };
    const t = await inLocale('en');
    const localized = localizedBody(t, body);
    expect(localized?.body.errors).toEqual({ title: 'At most 200 characters', 'slot.end': 'Must be after the start' });
    expect(localized?.message).toBe('Invalid data: title (At most 200 characters); title (Required); slot.end (Must be after the start)');
    expect(localized?.body.error).toEqual(body.error);
    expect(localizedBody(t, { message: 'Datos no válidos', errors: { name: 'Es obligatorio' } })).toBeUndefined();
    expect(translatedErrors(t, 'not a body')).toBeUndefined();
  });
});

describe('a goal health reason in the user language', () => {
  afterAll(() => i18nProvider.changeLocale('es'));
  const late = { code: 'milestone_late', params: { order: 2, days: 1, critical: true, title: 'Estudio' }, text: 'Hito 2 vencido hace 1 día (crítico): Estudio' };

  it('says a late milestone with its days (singular and plural) and whether it is critical', async () => {
    expect(healthReasonText(await inLocale('en'), late)).toBe('Milestone 2 overdue by 1 day (critical): Estudio');
    expect(healthReasonText(await inLocale('en'), { ...late, params: { ...late.params, days: 12, critical: false } })).toBe('Milestone 2 overdue by 12 days: Estudio');
    expect(healthReasonText(await inLocale('es'), late)).toBe(late.text);
  });

  it('leaves the restriction title out in the public variant, and falls back to the text of an unknown reason', async () => {
    expect(healthReasonText(await inLocale('en'), { code: 'high_restriction', params: { variant: 'public' }, text: 'Hay una restricción…' })).toBe('A high-severity restriction is being treated');
    expect(healthReasonText(await inLocale('en'), { code: 'moon_phase', params: {}, text: 'Luna llena' })).toBe('Luna llena');
  });
});
