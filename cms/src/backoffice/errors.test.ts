import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ERROR_CODES, HEALTH_REASON_CODES, paramsFit, type CodeSpec } from '@sigobito/config';
import { BadRequest, badRequestBody, zodErrors } from './errors';

describe('the 400 body', () => {
  it('maps each field to its first message', () => {
    const body = badRequestBody(
      new BadRequest([
        { path: 'name', code: 'required', message: 'Es obligatorio' },
        { path: 'name', code: 'too_long', params: { max: 200 }, message: 'Como máximo 200 caracteres' },
      ]),
    );
    expect(body.errors).toEqual({ name: 'Es obligatorio' });
  });

  it.each(Object.getOwnPropertyNames(Object.prototype))('names a field called %s (a key every object inherits) like any other', (path) => {
    const body = badRequestBody(new BadRequest([{ path, code: 'unknown', message: 'Aviso desconocido' }]));
    expect(JSON.parse(JSON.stringify(body)).errors).toEqual(JSON.parse(`{${JSON.stringify(path)}:"Aviso desconocido"}`));
  });
});

describe('the coded errors of a 400', () => {
  it('carries each error with its code and parameters, the Spanish message alongside', () => {
    const body = badRequestBody(
      new BadRequest([
        { path: 'title', code: 'too_long', params: { max: 200 }, message: 'Como máximo 200 caracteres' },
        { path: 'slot.end', code: 'before_start', message: 'Debe ser posterior al inicio' },
      ]),
    );
    expect(body.error.details.errors).toEqual([
      { path: ['title'], code: 'too_long', params: { max: 200 }, message: 'Como máximo 200 caracteres' },
      { path: ['slot', 'end'], code: 'before_start', params: {}, message: 'Debe ser posterior al inicio' },
    ]);
  });

  it("keeps zod's codes and gives them their limits, choices and variants", () => {
    const schema = z.object({
      name: z.string({ required_error: 'Es obligatorio' }).min(3, 'Como mínimo 3').max(5, 'Como máximo 5'),
      kind: z.enum(['audience', 'invitation'], { errorMap: () => ({ message: 'Elija' }) }),
      email: z.string().email('No es un correo'),
      phone: z.string().regex(/^[0-9]*$/, 'Solo números'),
      day: z.string().refine((v) => v === '2026-01-01', { message: 'Debe ser una fecha', params: { variant: 'date' } }),
      count: z.number({ invalid_type_error: 'Debe ser un número' }).max(9, 'Como máximo 9'),
    });
    const parsed = schema.safeParse({ name: 'ab', kind: 'party', email: 'x', phone: 'a', day: 'x', count: 10 });
    expect(parsed.success).toBe(false);
    const errors = zodErrors(parsed.success ? [] : parsed.error.issues, { regexVariants: { phone: 'phone' } });
    expect(errors).toEqual([
      { path: 'name', code: 'too_small', params: { min: 3, variant: 'text' }, message: 'Como mínimo 3' },
      { path: 'kind', code: 'invalid_enum_value', params: { allowed: ['audience', 'invitation'] }, message: 'Elija' },
      { path: 'email', code: 'invalid_string', params: { variant: 'email' }, message: 'No es un correo' },
      { path: 'phone', code: 'invalid_string', params: { variant: 'phone' }, message: 'Solo números' },
      { path: 'day', code: 'custom', params: { variant: 'date' }, message: 'Debe ser una fecha' },
      { path: 'count', code: 'too_big', params: { max: 9 }, message: 'Como máximo 9' },
    ]);
    const missing = schema.safeParse({});
    expect(zodErrors(missing.success ? [] : missing.error.issues)[0]).toEqual({ path: 'name', code: 'invalid_type', params: { variant: 'missing' }, message: 'Es obligatorio' });
    for (const e of errors) expect(paramsFit(ERROR_CODES[e.code], e.params)).toBe(true);
  });
});

/** Every `.ts` under a folder except tests (cms/src, and the shared rules in config/src/contracts). */
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
  );

describe('the catalogue of codes (config/src/contracts/errors.ts)', () => {
  const catalogue: Record<string, CodeSpec> = { ...ERROR_CODES, ...HEALTH_REASON_CODES };
  const code = /\bcode: '([a-z_]+)'(,\s*params: \{[^}]*?\bvariant: '([a-z_]+)')?/g;
  // Every coded message the CMS (or a shared rule it runs) writes (an error or a health reason); `orderBy: { code: 'asc' }` is a column.
  const used = [...sources(join(__dirname, '..')), ...sources(join(__dirname, '..', '..', '..', 'config', 'src', 'contracts'))].flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(code)].filter((m) => m[1] !== 'asc').map((m) => ({ file, code: m[1], variant: m[3] })),
  );

  it('finds the codes the CMS writes', () => {
    expect(used.length).toBeGreaterThan(50);
    expect(used.map((u) => u.code)).toEqual(expect.arrayContaining(['required', 'too_long', 'invalid_transition', 'milestone_late']));
  });

  it('lists every code the CMS writes, and each variant it gives', () => {
    const unknown = used.filter((u) => !Object.hasOwn(catalogue, u.code) || (u.variant !== undefined && !catalogue[u.code].variants?.includes(u.variant)));
    expect(unknown).toEqual([]);
  });

  it('lists no code the CMS never writes', () => {
    const written = new Set(used.map((u) => u.code));
    expect(Object.keys(catalogue).filter((c) => !written.has(c))).toEqual([]);
  });
});
