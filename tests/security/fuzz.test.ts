/**
 * Property-based fuzzing of the back-office API and the public API (issue 7): thousands of
 * requests built from each resource's real fields, as every role and anonymously, with
 * prototype keys ("constructor", "__proto__"…), wrong types, huge numbers, impossible dates,
 * malformed JSON and multipart junk. The one property: no answer is a 5xx.
 *
 * Seeded and reproducible: property n runs with seed FUZZ_SEED + n (default FUZZ_SEED 20261202).
 * A failure prints fast-check's seed, path and shrunk counterexample, the request and the answer;
 * `FUZZ_SEED=<base> npx jest --selectProjects security -- tests/security/fuzz.test.ts` replays it.
 * The last line of the run says how many cases and requests ran, and the answers by status.
 */
import path from 'node:path';
import fc from 'fast-check';
import type { Response } from 'supertest';
import { BACKOFFICE_RESOURCES, can, ROLES, type BackofficeResource, type Role } from '@sigobito/config';
import { startApp, type TestApp } from '../integration/helpers/app';
import { CMS_DIST } from '../../scripts/lib/cms';

const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
/** Cases per property: 3,050 cases, about 3,500 requests; one to three minutes on a 2-core machine. */
const RUNS = { list: 900, read: 300, write: 800, malformed: 250, actions: 350, public: 450 };

type Attribute = { type: string; enum?: string[]; target?: string; relation?: string; multiple?: boolean; mappedBy?: string; min?: number; max?: number; maxLength?: number; regex?: string };
type ResourceDef = { name: string; uid: string; single?: boolean; hidden?: string[]; readOnly?: string[]; virtualFilters?: Record<string, unknown>; searchable: string[] };
type Resource = { name: string; uid: string; single: boolean; fields: Record<string, Attribute>; virtualFilters: string[]; ids: string[] };
type Caller = Role | null | 'forged';
type Call = { method: 'GET' | 'POST' | 'PUT' | 'DELETE'; url: string; as: Caller; json?: unknown; raw?: { type: string; body: string | Buffer } };

let app: TestApp;
let resources: Resource[];
const tokens = new Map<Role, string>();
/** Records no case may write to: the demo logins (a changed password or role would blind the rest of the run). */
let demoMembers: Set<string>;
let cases = 0;
let requests = 0;
const statuses = new Map<number, number>();

/** Every key an object inherits: what the attacker used to reach the database. */
const PROTO_KEYS = Object.getOwnPropertyNames(Object.prototype);
/** createdAt/updatedAt writability is another finding (system fields read only): not generated here. */
const NOT_GENERATED = new Set(['createdAt', 'updatedAt']);
const SUFFIXES = ['', '_gte', '_lte', '_gt', '_lt', '_neq', '_in'];
const OPERATORS = ['$eq', '$ne', '$gt', '$gte', '$lt', '$in', '$notIn', '$null', '$notNull', '$containsi', '$or', '$and', '$not', '$between', '$startsWith'];

const BAD_INSTANTS = [
  '2026-12-02T10:00:00+99:99',
  '2026-12-02T10:00:00+24:00',
  '2026-12-02T10:00:00-14:30',
  '2026-12-02T24:00:00Z',
  '2026-02-30T10:00:00Z',
  '9999-12-31T23:59:59-14:00',
  '0000-01-01T00:00:00Z',
  '+275760-09-13T00:00:00.000Z',
  '-271821-04-20T00:00:00Z',
  '2026-13-01',
  '2026-12-02T10:00:00.0000000001Z',
  'March 7, 2026',
  '1e400',
];
const GOOD_INSTANTS = ['2026-12-02', '2026-12-02T10:00:00Z', '2026-12-02T10:00:00+14:00', '2026-12-02T10:00:00-05:00', '1000-01-01T00:00:00Z', '9999-12-31T23:59:59Z'];
const GOOD_DAYS = ['2026-12-02', '2028-02-29', '1000-01-01', '9999-12-31'];

const scalar: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...BAD_INSTANTS, ...GOOD_INSTANTS),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom(...PROTO_KEYS),
  fc.constantFrom('', ' ', 'null', 'true', '0', '-1', '[]', '{}', 'a'.repeat(5000), '9'.repeat(400), '%00', '../../etc/passwd', '<script>alert(1)</script>'),
  fc.integer(),
  fc.constantFrom(0, -1, 1.5, 2 ** 31, 2 ** 53, -(2 ** 53), 1e21, 1e308, -1e308, 5e-324),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
);

/** Any JSON value, nested a little, with objects keyed by prototype keys and query operators. */
const oddValueWith = (keys: string[]): fc.Arbitrary<unknown> =>
  fc.letrec<{ value: unknown; list: unknown[]; object: Record<string, unknown> }>((tie) => ({
    value: fc.oneof({ depthSize: 'small', maxDepth: 3 }, scalar, tie('list'), tie('object')),
    list: fc.array(tie('value'), { maxLength: 4 }),
    object: fc.dictionary(fc.oneof(fc.constantFrom(...keys, ...OPERATORS, 'id', 'documentId', 'visibility', 'title'), fc.string({ maxLength: 8 })), tie('value'), { maxKeys: 4 }),
  })).value;
/** For query parameters, which our own code parses. */
const oddValue = oddValueWith(PROTO_KEYS);
/**
 * For request bodies: the body parser refuses any "__proto__" key with a 400 before our code
 * sees it (one case in MALFORMED_JSON checks that), so bodies use the other inherited keys and
 * reach the validation behind.
 */
const BODY_PROTO_KEYS = PROTO_KEYS.filter((k) => k !== '__proto__');
const oddBodyValue = oddValueWith(BODY_PROTO_KEYS);

const callers: Caller[] = [...ROLES, null, 'forged'];
const caller = fc.constantFrom(...callers);

/** An id as a client might send it: a real one, a prototype key, junk. */
const idOf = (ids: string[]) =>
  fc.oneof(
    ...(ids.length ? [fc.constantFrom(...ids)] : []),
    fc.constantFrom(...PROTO_KEYS, 'current', '0', '-1', '1e999', 'null', 'undefined', '%00', '..%2F..%2Fconfig', 'a'.repeat(3000)),
    fc.string({ minLength: 1, maxLength: 30 }).map(encodeURIComponent),
  );

/** A value the attribute takes (so a write gets past validation and runs the rules behind it). */
function typedValueFor(attr: Attribute): fc.Arbitrary<unknown> {
  const target = resources.find((r) => r.uid === attr.target);
  const ids = target?.ids.length ? fc.constantFrom(...target.ids) : fc.string({ maxLength: 10 });
  switch (attr.type) {
    case 'string':
    case 'text':
    case 'richtext':
    case 'uid':
      return attr.regex ? fc.stringMatching(new RegExp(attr.regex)) : fc.string({ minLength: 1, maxLength: Math.min(attr.maxLength ?? 40, 40) }).filter((v) => v.trim() !== '');
    case 'email':
      return fc.stringMatching(/^[a-z]{1,10}$/).map((u) => `${u}@example.org`);
    case 'integer':
    case 'biginteger':
      return fc.integer({ min: attr.min ?? -5, max: attr.max ?? 200 });
    case 'decimal':
    case 'float':
      return fc.double({ min: attr.min ?? -1e6, max: attr.max ?? 1e9, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'date':
      return fc.constantFrom(...GOOD_DAYS);
    case 'datetime':
      return fc.constantFrom(...GOOD_INSTANTS);
    case 'enumeration':
      return fc.constantFrom(...(attr.enum ?? ['x']));
    case 'relation':
      return /ToMany$/.test(attr.relation ?? '') ? fc.uniqueArray(ids, { maxLength: 3 }) : fc.option(ids, { nil: null });
    case 'media':
      return fc.constant(attr.multiple ? [] : null);
    case 'json':
      return fc.oneof(fc.constant({ type: 'Point', coordinates: [-80.1, 8.4] }), fc.constant(null), fc.dictionary(fc.constantFrom('taskAssigned', 'weeklyDigest'), fc.boolean()));
    default:
      return oddBodyValue;
  }
}

/** What a client might send for the attribute: mostly its type, or something odd for it. */
function valueFor(attr: Attribute): fc.Arbitrary<unknown> {
  const odd = (() => {
    switch (attr.type) {
      case 'date':
      case 'datetime':
        return fc.oneof(fc.constantFrom(...BAD_INSTANTS), oddBodyValue);
      case 'relation':
        return fc.oneof(fc.constantFrom(...BODY_PROTO_KEYS), oddBodyValue);
      case 'media':
        return fc.oneof(fc.integer(), fc.array(fc.integer({ min: 1, max: 50 }), { maxLength: 2 }), oddBodyValue);
      case 'json':
        return fc.oneof(
          fc.record({ type: fc.constantFrom('Point', 'Polygon', 'Feature', ...BODY_PROTO_KEYS), coordinates: oddBodyValue, geometry: oddBodyValue }, { requiredKeys: ['type'] }),
          fc.dictionary(fc.constantFrom(...BODY_PROTO_KEYS, 'taskAssigned', 'weeklyDigest'), oddBodyValue, { maxKeys: 3 }),
          fc.constant(JSON.parse(`${'['.repeat(500)}${']'.repeat(500)}`)),
        );
      default:
        return oddBodyValue;
    }
  })();
  return fc.oneof({ weight: 3, arbitrary: typedValueFor(attr) }, { weight: 1, arbitrary: odd });
}

/**
 * A write body built from the resource's real fields: complete and well typed (the rules
 * behind validation run), the same with a field or two gone wrong, any subset of odd values
 * with keys the resource does not have, or no object at all.
 */
function bodyFor(resource: Resource): fc.Arbitrary<unknown> {
  const fields = Object.entries(resource.fields);
  const account =
    resource.name === 'members'
      ? fc.tuple(fc.stringMatching(/^[a-z]{6,12}$/), fc.constantFrom(...ROLES)).map(([u, role]) => ({ username: u, email: `${u}@example.org`, password: 'una-clave-larga', role }))
      : fc.constant({});
  const complete = fc
    .tuple(fc.record(Object.fromEntries(fields.map(([f, a]) => [f, typedValueFor(a)]))), account)
    .map(([body, more]) => ({ ...body, ...more }) as Record<string, unknown>);
  const names = [...fields.map(([f]) => f), ...(resource.name === 'members' ? ['username', 'email', 'password', 'role'] : [])];
  const broken = fc
    .tuple(complete, fc.uniqueArray(fc.constantFrom(...names), { minLength: 1, maxLength: 2 }), fc.array(fc.oneof(fc.constantFrom(...BAD_INSTANTS), oddBodyValue), { minLength: 2, maxLength: 2 }))
    .map(([body, which, values]) => ({ ...body, ...Object.fromEntries(which.map((f, i) => [f, values[i]])) }));
  const extra = fc.dictionary(fc.oneof(fc.constantFrom(...BODY_PROTO_KEYS, 'id', 'documentId'), fc.string({ maxLength: 10 })), oddBodyValue, { maxKeys: 3 });
  const partial = fc
    .tuple(fc.record(Object.fromEntries(fields.map(([f, a]) => [f, valueFor(a)])), { requiredKeys: [] }), extra)
    .map(([body, more]) => ({ ...more, ...body }));
  return fc.oneof({ weight: 3, arbitrary: complete }, { weight: 3, arbitrary: broken }, { weight: 2, arbitrary: partial }, { weight: 1, arbitrary: oddBodyValue });
}

/** Mostly a role the matrix lets write the resource (so the write is tried), otherwise anyone. */
const writerOf = (name: string) => {
  const writers = ROLES.filter((role) => can(role, name as BackofficeResource, 'create') || can(role, name as BackofficeResource, 'update'));
  return writers.length ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...writers) }, { weight: 1, arbitrary: caller }) : caller;
};

/** A list query: filter, sort and range as react-admin sends them, built from the resource's fields and anything else. */
function listQueryFor(resource: Resource): fc.Arbitrary<string> {
  const names = [...Object.keys(resource.fields), ...resource.virtualFilters, 'id', 'q'];
  const key = fc.oneof(
    { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...names), fc.constantFrom(...SUFFIXES)).map(([f, s]) => f + s) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...PROTO_KEYS), fc.constantFrom(...SUFFIXES)).map(([f, s]) => f + s) },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  );
  const typedFor = (k: string) => {
    const field = k.replace(/_(gte|lte|gt|lt|neq|in)$/, '');
    return Object.hasOwn(resource.fields, field) ? valueFor(resource.fields[field]) : oddValue;
  };
  const filter = fc.oneof(
    { weight: 6, arbitrary: fc.array(key.chain((k) => typedFor(k).map((v) => [k, v] as const)), { maxLength: 4 }).map((pairs) => JSON.stringify(Object.fromEntries(pairs))) },
    { weight: 1, arbitrary: oddValue.map((v) => JSON.stringify(v) ?? '') },
    { weight: 1, arbitrary: fc.constantFrom('{', '{"a":', 'null', '[]', '"x"', '%', '', '{"__proto__":{"$or":[]}}') },
  );
  const sort = fc.oneof(
    fc.tuple(fc.oneof(fc.constantFrom(...names, ...PROTO_KEYS), fc.string({ maxLength: 8 })), fc.constantFrom('ASC', 'DESC', 'asc', 'sideways', '')).map((s) => JSON.stringify(s)),
    oddValue.map((v) => JSON.stringify(v) ?? ''),
  );
  const bound = fc.oneof(fc.integer({ min: 0, max: 600 }), fc.constantFrom(-1, 1.5, 2 ** 53, 1e21, 999_999_999, 1_000_000_001), scalar);
  const range = fc.oneof(fc.tuple(bound, bound).map((r) => JSON.stringify(r)), oddValue.map((v) => JSON.stringify(v) ?? ''));
  const params = fc.record({ filter, sort, range }, { requiredKeys: [] }).map((p) => new URLSearchParams(p as Record<string, string>).toString());
  // What qs makes of brackets: objects where the API expects JSON text.
  const brackets = fc.constantFrom('filter[__proto__][x]=1', 'filter[constructor][activity][visibility]=private', 'sort[]=id&sort[]=ASC', 'range[0]=0', 'filter=%E0%A4%A', 'filter=1&filter=2');
  return fc.oneof({ weight: 8, arbitrary: params }, { weight: 1, arbitrary: brackets });
}

const MULTIPART_JUNK: Array<{ type: string; body: string }> = [
  { type: 'multipart/form-data; boundary=XYZ', body: '--XYZ\r\nContent-Disposition: form-data; name="files"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nhola' },
  { type: 'multipart/form-data; boundary=XYZ', body: 'garbage without any boundary' },
  { type: 'multipart/form-data; boundary=XYZ', body: '--XYZ\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--XYZ' },
  { type: 'multipart/form-data; boundary=XYZ', body: '--XYZ\r\n\r\n\r\n--XYZ--\r\n' },
  { type: 'multipart/form-data; boundary=XYZ', body: '--XYZ\r\nContent-Disposition: form-data; name="__proto__"\r\n\r\n{"x":1}\r\n--XYZ--\r\n' },
  { type: 'multipart/form-data', body: '--XYZ\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--XYZ--\r\n' },
  { type: 'multipart/form-data; boundary=', body: '----\r\n' },
  { type: 'multipart/mixed; boundary=XYZ', body: '--XYZ\r\nContent-Type: text/plain\r\n\r\nx\r\n--XYZ--' },
];
const MALFORMED_JSON = ['{', '{"a":', '[', '}', 'null', '"texto"', '1', 'true', '{"__proto__":{"admin":true}}', '{"constructor":{"prototype":{"x":1}}}', '\u0000', '{"a":1,}', "{'a':1}", '[1,2,3]', '{"a":"\\ud800"}'];

const malformedBody: fc.Arbitrary<{ type: string; body: string }> = fc.oneof(
  fc.constantFrom(...MULTIPART_JUNK),
  fc.constantFrom(...MALFORMED_JSON).map((body) => ({ type: 'application/json', body })),
  fc.string({ maxLength: 40 }).map((body) => ({ type: 'application/json', body })),
  fc.constantFrom('a=1&a=2&__proto__[x]=1', 'constructor[prototype][x]=1', '%', 'a[b][c][d][e][f][g]=1').map((body) => ({ type: 'application/x-www-form-urlencoded', body })),
  fc.tuple(fc.constantFrom('text/plain', 'application/xml', 'application/octet-stream'), fc.string({ maxLength: 40 })).map(([type, body]) => ({ type, body })),
  fc.constant({ type: 'application/json', body: `${'['.repeat(2000)}${']'.repeat(2000)}` }),
);

const resourceNamed = (name: string) => resources.find((r) => r.name === name)!;

async function send(call: Call): Promise<Response> {
  const req = app.http[call.method.toLowerCase() as 'get' | 'post' | 'put' | 'delete'](call.url);
  if (call.as === 'forged') req.set('Authorization', 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJpZCI6MX0.forged');
  else if (call.as) req.set('Authorization', `Bearer ${tokens.get(call.as)}`);
  // JSON as text: supertest refuses to serialise a bare number or boolean, which a client may send.
  const raw = call.raw ?? (call.json !== undefined ? { type: 'application/json', body: JSON.stringify(call.json) } : undefined);
  if (raw) req.set('Content-Type', raw.type).send(raw.body);
  return req;
}

/** The property: whatever the call, the server answers it, never with a 5xx. */
async function neverFails(calls: Call[]) {
  cases++;
  for (const call of calls) {
    requests++;
    const res = await send(call);
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    if (res.status >= 500) {
      const sent = call.raw ? call.raw.body.toString().slice(0, 300) : JSON.stringify(call.json)?.slice(0, 300);
      throw new Error(`${call.method} ${call.url.slice(0, 300)} as ${call.as ?? 'anonymous'} → ${res.status} ${res.text.slice(0, 300)}\nbody: ${sent}\n(replay: FUZZ_SEED=${SEED})`);
    }
  }
}

const check = (name: keyof typeof RUNS, offset: number, arb: fc.Arbitrary<Call[]>, before?: () => void) =>
  fc.assert(
    fc.asyncProperty(arb, async (calls) => {
      before?.();
      await neverFails(calls);
    }),
    { seed: SEED + offset, numRuns: RUNS[name] },
  );

beforeAll(async () => {
  app = await startApp({ agenda: true, goals: true });
  for (const role of ROLES) tokens.set(role, await app.login(role));
  const RESOURCES = (require(path.join(CMS_DIST, 'src/modules')) as { MODULES: Array<{ resources: ResourceDef[] }> }).MODULES.flatMap((m) => m.resources);
  const demo = (await app.strapi.db.query('api::member.member').findMany({ select: ['documentId'], where: { user: { email: { $endsWith: '@demo.sigobito.org' } } } })) as Array<{ documentId: string }>;
  demoMembers = new Set(demo.map((m) => m.documentId));
  resources = [];
  for (const def of RESOURCES) {
    const { attributes } = app.strapi.contentType(def.uid as never) as unknown as { attributes: Record<string, Attribute> };
    const skip = new Set([...(def.hidden ?? []), ...NOT_GENERATED, 'localizations', 'locale', 'createdBy', 'updatedBy', 'publishedAt']);
    const fields = Object.fromEntries(Object.entries(attributes).filter(([f, a]) => !skip.has(f) && !a.mappedBy && a.type !== 'password'));
    const rows = (await app.strapi.db.query(def.uid as never).findMany({ select: ['documentId'], limit: 6 })) as Array<{ documentId: string }>;
    resources.push({ name: def.name, uid: def.uid, single: !!def.single, fields, virtualFilters: Object.keys(def.virtualFilters ?? {}), ids: rows.map((r) => r.documentId) });
  }
}, 300_000);

afterAll(async () => {
  const byStatus = [...statuses.entries()].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(' ');
  console.log(`fuzz: ${cases} cases, ${requests} requests, seed ${SEED} (FUZZ_SEED), answers ${byStatus}`);
  await app?.stop();
});

describe('fuzzing the back-office API and the public API: no answer is a 5xx', () => {
  it('covers every resource of the permission matrix', () => {
    expect(resources.map((r) => r.name).sort()).toEqual([...BACKOFFICE_RESOURCES].sort());
  });

  it('lists with random filters, sorts, ranges and searches', async () => {
    const arb = fc.constantFrom(...BACKOFFICE_RESOURCES).chain((name) =>
      fc.tuple(caller, listQueryFor(resourceNamed(name))).map(([as, query]): Call[] => [{ method: 'GET', url: `/api/backoffice/${name}?${query}`, as }]),
    );
    await check('list', 1, arb);
  }, 600_000);

  it('reads and deletes records by odd ids', async () => {
    const arb = fc.constantFrom(...BACKOFFICE_RESOURCES, 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'nope').chain((name) => {
      const ids = (resources.find((r) => r.name === name)?.ids ?? []).filter((id) => !demoMembers.has(id));
      return fc.tuple(caller, idOf(ids), fc.boolean()).map(([as, id, remove]): Call[] => [
        { method: 'GET', url: `/api/backoffice/${name}/${id}`, as },
        // Deletes only by ids that name no record: the rest of the run needs the demo data.
        ...(remove && !ids.includes(id) ? [{ method: 'DELETE' as const, url: `/api/backoffice/${name}/${id}`, as }] : []),
      ]);
    });
    await check('read', 2, arb);
  }, 600_000);

  it('creates and updates records with random bodies built from their real fields', async () => {
    const arb = fc.constantFrom(...BACKOFFICE_RESOURCES).chain((name) => {
      const resource = resourceNamed(name);
      const targets = resource.single ? ['current'] : resource.ids.filter((id) => !demoMembers.has(id));
      return fc.tuple(writerOf(name), bodyFor(resource), fc.boolean(), targets.length ? fc.constantFrom(...targets) : fc.constant('x')).map(([as, json, create, id]): Call[] => [
        create && !resource.single ? { method: 'POST', url: `/api/backoffice/${name}`, as, json } : { method: 'PUT', url: `/api/backoffice/${name}/${id}`, as, json },
      ]);
    });
    await check('write', 3, arb);
  }, 600_000);

  it('refuses malformed JSON and multipart junk, also without logging in', async () => {
    const targets = fc.oneof(
      fc.constantFrom(...BACKOFFICE_RESOURCES).map((name) => `/api/backoffice/${name}`),
      fc.constantFrom('/api/backoffice/uploads', '/api/backoffice/imports/actors', '/api/backoffice/imports/constructor', '/api/public/requests', '/api/auth/local', '/api/backoffice/me/notifications'),
    );
    const arb = fc.tuple(caller, targets, malformedBody, fc.boolean()).map(([as, url, raw, put]): Call[] => [
      { method: put && url.endsWith('/notifications') ? 'PUT' : 'POST', url, as, raw },
    ]);
    await check('malformed', 4, arb);
  }, 600_000);

  it('drives the workflow actions, reports, imports and personal settings with random input', async () => {
    const ids = (name: string) => idOf(resourceNamed(name).ids.filter((id) => !demoMembers.has(id)));
    const slot = fc.record({ start: valueFor({ type: 'datetime' }), end: valueFor({ type: 'datetime' }), title: scalar, visibility: fc.oneof(fc.constantFrom('public', 'private'), scalar) }, { requiredKeys: [] });
    const csvText = fc
      .tuple(fc.array(fc.oneof(fc.constantFrom('code', 'name', 'kind', 'parent', 'themes', 'geometry', ...PROTO_KEYS), fc.string({ maxLength: 6 })), { minLength: 1, maxLength: 5 }), fc.array(fc.array(fc.string({ maxLength: 10 }), { maxLength: 5 }), { maxLength: 4 }))
      .map(([header, rows]) => [header.join(','), ...rows.map((r) => r.join(','))].join('\n'));
    const one = fc.oneof(
      fc.tuple(writerOf('requests'), ids('requests'), fc.record({ to: fc.oneof(fc.constantFrom('in_review', 'accepted', 'declined', 'delegated', 'closed'), scalar), answerText: scalar, slot: fc.oneof(slot, oddBodyValue), activity: ids('activities'), delegatedTo: ids('members') }, { requiredKeys: ['to'] })).map(
        ([as, id, json]): Call => ({ method: 'POST', url: `/api/backoffice/requests/${id}/transition`, as, json }),
      ),
      fc.tuple(writerOf('aros'), ids('aros'), fc.record({ responsible: ids('members'), dueDate: valueFor({ type: 'date' }), title: scalar, note: scalar }, { requiredKeys: [] })).map(([as, id, json]): Call => ({ method: 'POST', url: `/api/backoffice/aros/${id}/escalate`, as, json })),
      fc.tuple(writerOf('members'), ids('members'), fc.record({ handoverTo: ids('members') }, { requiredKeys: [] }), fc.boolean()).map(([as, id, json, back]): Call => ({ method: 'POST', url: `/api/backoffice/members/${id}/${back ? 'reactivate' : 'deactivate'}`, as, json })),
      fc.tuple(caller, fc.oneof(fc.dictionary(fc.oneof(fc.constantFrom('taskAssigned', 'weeklyDigest', ...BODY_PROTO_KEYS), fc.string({ maxLength: 8 })), oddBodyValue, { maxKeys: 3 }), oddBodyValue)).map(([as, json]): Call => ({ method: 'PUT', url: '/api/backoffice/me/notifications', as, json })),
      fc.tuple(writerOf('actors'), fc.constantFrom('actors', 'themes', 'places', 'areas', 'positions', 'goals', ...PROTO_KEYS), fc.record({ csv: fc.oneof(csvText, scalar), dryRun: fc.oneof(fc.constant(true), scalar) }, { requiredKeys: [] })).map(
        ([as, name, json]): Call => ({ method: 'POST', url: `/api/backoffice/imports/${name}`, as, json }),
      ),
      fc.tuple(caller, fc.constantFrom('/dashboard', '/reports/goals', '/reports/quality', '/me')).map(([as, p]): Call => ({ method: 'GET', url: `/api/backoffice${p}`, as })),
      caller.map((as): Call => ({ method: 'POST', url: '/api/backoffice/me/calendar-token', as })),
    );
    await check('actions', 5, fc.array(one, { minLength: 1, maxLength: 2 }));
  }, 600_000);

  it('calls the public API with random parameters and bodies', async () => {
    const { issueFormToken } = require(path.join(CMS_DIST, 'src/modules/agenda/form-token'));
    const { formSecret } = require(path.join(CMS_DIST, 'src/modules/agenda/citizen-requests'));
    const limiter = require(path.join(CMS_DIST, 'src/api/public/controllers/public')).requestLimiter as { reset?: () => void } | undefined;
    const q = (params: Record<string, unknown>) => new URLSearchParams(Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? v : (JSON.stringify(v) ?? '')])).toString();
    const segment = fc.oneof(fc.constantFrom(...PROTO_KEYS, 'themes', 'places', 'goals.csv', 'milestones.json', 'noticias.csv', 'a.ics', '2026-01-01-noticia', ''), fc.string({ maxLength: 30 }).map(encodeURIComponent));
    const citizen = fc.record(
      {
        kind: fc.oneof(fc.constantFrom('audience', 'invitation'), scalar),
        subject: fc.oneof(fc.constant('Alumbrado en la calle 5'), scalar),
        description: fc.oneof(fc.constant('La calle está a oscuras desde hace un mes'), scalar),
        name: fc.oneof(fc.constant('Ana Pérez'), scalar),
        email: fc.oneof(fc.constant('ana@example.org'), scalar),
        phone: scalar,
        desiredDate: valueFor({ type: 'date' }),
        website: fc.oneof(fc.constant(''), scalar),
        formToken: fc.oneof(fc.constant('valid'), scalar),
      },
      { requiredKeys: [] },
    );
    const one = fc.oneof(
      fc.record({ from: valueFor({ type: 'datetime' }), to: valueFor({ type: 'datetime' }) }, { requiredKeys: [] }).map((p): Call => ({ method: 'GET', url: `/api/public/agenda?${q(p)}`, as: null })),
      fc.record({ theme: scalar, place: scalar }, { requiredKeys: [] }).map((p): Call => ({ method: 'GET', url: `/api/public/goals?${q(p)}`, as: null })),
      fc.record({ page: scalar, pageSize: scalar, theme: scalar, place: scalar, goal: scalar }, { requiredKeys: [] }).map((p): Call => ({ method: 'GET', url: `/api/public/news?${q(p)}`, as: null })),
      fc.tuple(segment, fc.oneof(fc.constant(''), fc.constantFrom('/images/1', '/images/0', '/images/x'), segment.map((s) => `/images/${s}`))).map(([s, rest]): Call => ({ method: 'GET', url: `/api/public/news/${s}${rest}`, as: null })),
      fc.tuple(fc.constantFrom('agenda', 'goals', 'requests', 'open-data', 'proximity/themes', 'proximity/places', 'proximity/constructor'), segment).map(([base, s]): Call => ({ method: 'GET', url: `/api/public/${base}/${s}`, as: null })),
      segment.map((s): Call => ({ method: 'GET', url: `/api/calendar/${s}`, as: null })),
      fc.constantFrom('/api/public/agenda.ics', '/api/public/requests/form-token').map((url): Call => ({ method: 'GET', url, as: null })),
      fc.tuple(fc.constantFrom('/api/themes', '/api/places', '/api/setting'), fc.dictionary(fc.constantFrom('filters', 'sort', 'populate', 'fields', 'pagination', ...PROTO_KEYS), oddValue, { maxKeys: 3 })).map(
        ([url, params]): Call => ({ method: 'GET', url: `${url}?${q(params)}`, as: null }),
      ),
      fc.oneof(citizen, oddBodyValue).map((json): Call => {
        const body = json && typeof json === 'object' && !Array.isArray(json) && (json as { formToken?: unknown }).formToken === 'valid' ? { ...json, formToken: issueFormToken(Date.now() - 60_000, formSecret()) } : json;
        return { method: 'POST', url: '/api/public/requests', as: null, json: body };
      }),
    );
    // The hourly limit of the public form would answer 429 to almost every case: reset it so bodies are checked.
    await check('public', 6, fc.array(one, { minLength: 1, maxLength: 2 }), () => limiter?.reset?.());
  }, 600_000);
});
