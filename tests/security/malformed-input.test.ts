/**
 * Issue 7, finding 9, and what the fuzzer (fuzz.test.ts) found besides: input the server cannot
 * use is a 400 (or a 413/415) that says why, never a 500. Date-times with an impossible offset,
 * a truncated or garbled multipart body (also without logging in), malformed JSON, a login
 * without a body, numbers and JSON a database column cannot hold.
 */
import path from 'node:path';
import { can, type Action, type BackofficeResource, type Role } from '@sigobito/config';
import { startApp, type TestApp } from '../integration/helpers/app';
import { CMS_DIST } from '../../scripts/lib/cms';

let app: TestApp;
beforeAll(async () => {
  app = await startApp({ agenda: true, goals: true });
}, 300_000);
afterAll(() => app.stop());

const IMPOSSIBLE = ['2026-12-02T10:00:00+99:99', '2026-12-02T10:00:00+24:00', '2026-12-02T10:00:00+14:30'];
const ROLES_IN_ORDER: Role[] = ['agenda', 'mayor', 'follow-up', 'goal-manager', 'admin', 'staff', 'press'];

const as = async (role: Role) => `Bearer ${await app.login(role)}`;
const TRUNCATED_MULTIPART = '--XYZ\r\nContent-Disposition: form-data; name="files"; filename="acta.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 cortado';
const GARBLED_MULTIPART = 'esto no es un formulario';

type Def = { name: BackofficeResource; uid: string; readOnly?: string[]; hidden?: string[]; single?: boolean; readonlyResource?: boolean };

/** Every date-time field a client writes, per resource, from the registry and the content types. */
function writableDateTimes(): Array<{ resource: BackofficeResource; field: string }> {
  const RESOURCES = (require(path.join(CMS_DIST, 'src/modules')) as { MODULES: Array<{ resources: Def[] }> }).MODULES.flatMap((m) => m.resources);
  return RESOURCES.filter((def) => !def.readonlyResource).flatMap((def) => {
    const { attributes } = app.strapi.contentType(def.uid as never) as unknown as { attributes: Record<string, { type: string }> };
    return Object.entries(attributes)
      .filter(([field, attr]) => attr.type === 'datetime' && !['createdAt', 'updatedAt', 'publishedAt'].includes(field) && !def.readOnly?.includes(field) && !def.hidden?.includes(field))
      .map(([field]) => ({ resource: def.name, field }));
  });
}

const roleThatMay = (resource: BackofficeResource, action: Action) => ROLES_IN_ORDER.find((role) => can(role, resource, action));

describe('a date-time with an offset no time zone has', () => {
  it('is a 400 on its field, on create and on update, for every date-time field of every writable resource', async () => {
    const fields = writableDateTimes();
    expect(fields.map((f) => `${f.resource}.${f.field}`)).toEqual(expect.arrayContaining(['activities.start', 'activities.end', 'requests.receivedAt', 'task-updates.date', 'progress-reports.date']));
    for (const { resource, field } of fields) {
      for (const [action, method] of [['create', 'post'], ['update', 'put']] as const) {
        const role = roleThatMay(resource, action);
        if (!role) continue;
        let url = `/api/backoffice/${resource}`;
        if (action === 'update') {
          const mine = await app.http.get(url).query({ range: '[0,0]' }).set('Authorization', await as(role));
          if (!mine.body[0]) continue;
          url += `/${mine.body[0].id}`;
        }
        for (const value of IMPOSSIBLE) {
          const res = await app.http[method](url).set('Authorization', await as(role)).send({ [field]: value });
          expect({ resource, field, action, value, status: res.status, error: res.body.errors?.[field] }).toEqual({ resource, field, action, value, status: 400, error: 'Debe ser una fecha y hora válida' });
        }
      }
    }
  });

  it("is a 400 naming the list filter, not Strapi's own complaint about the body", async () => {
    for (const value of IMPOSSIBLE) {
      const res = await app.http.get('/api/backoffice/activities').query({ filter: JSON.stringify({ start_gte: value }) }).set('Authorization', await as('agenda'));
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual({ 'filter.start_gte': 'Debe ser una fecha válida' });
    }
  });

  it("is a 400 on the slot when a request is accepted into one", async () => {
    const request = (await app.strapi.db.query('api::request.request').findOne({ select: ['documentId'], where: { status: 'in_review' } })) as { documentId: string };
    for (const value of IMPOSSIBLE) {
      const res = await app.http
        .post(`/api/backoffice/requests/${request.documentId}/transition`)
        .set('Authorization', await as('agenda'))
        .send({ to: 'accepted', slot: { start: value, end: '2026-12-02T11:00:00Z' } });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual({ 'slot.start': 'Debe ser una fecha y hora válida' });
    }
  });

  it('is a 400 naming the parameter of the public agenda', async () => {
    for (const name of ['from', 'to']) {
      const res = await app.http.get('/api/public/agenda').query({ [name]: IMPOSSIBLE[1] });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual({ [name]: 'Debe ser una fecha ISO 8601 válida' });
    }
  });

  it("is a 400 on the desired day of a citizen's request (a day that does not exist)", async () => {
    require(path.join(CMS_DIST, 'src/api/public/controllers/public')).requestLimiter.reset();
    const { issueFormToken } = require(path.join(CMS_DIST, 'src/modules/agenda/form-token'));
    const { formSecret } = require(path.join(CMS_DIST, 'src/modules/agenda/citizen-requests'));
    const res = await app.http.post('/api/public/requests').send({
      kind: 'audience',
      subject: 'Alumbrado en la calle 5',
      description: 'La calle está a oscuras desde hace un mes',
      name: 'Ana Pérez',
      email: 'ana@example.org',
      desiredDate: '2026-99-99',
      website: '',
      formToken: issueFormToken(Date.now() - 60_000, formSecret()),
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual({ desiredDate: 'Debe ser una fecha (AAAA-MM-DD)' });
  });
});

describe('a body the server cannot read', () => {
  const multipart = 'multipart/form-data; boundary=XYZ';

  it('is a 400 in Spanish when a multipart body is truncated or garbled, also without logging in', async () => {
    const targets: Array<[string, Role | null]> = [
      ['/api/public/requests', null],
      ['/api/backoffice/uploads', 'goal-manager'],
      ['/api/backoffice/imports/actors', 'admin'],
    ];
    for (const [url, role] of targets) {
      for (const body of [TRUNCATED_MULTIPART, GARBLED_MULTIPART]) {
        const call = app.http.post(url);
        if (role) call.set('Authorization', await as(role));
        const res = await call.set('Content-Type', multipart).send(body);
        expect(res.status).toBe(400);
        expect(res.body.error).toMatchObject({ status: 400, message: 'El formulario (multipart/form-data) está mal formado o incompleto' });
      }
    }
  });

  it('is a 400 in Spanish when JSON does not parse, or carries a "__proto__" key', async () => {
    const bad = await app.http.post('/api/backoffice/actors').set('Authorization', await as('admin')).set('Content-Type', 'application/json').send('{"name":');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe('El cuerpo de la petición está mal formado (se esperaba JSON válido)');
    const proto = await app.http.post('/api/public/requests').set('Content-Type', 'application/json').send('{"__proto__":{"status":"accepted"}}');
    expect(proto.status).toBe(400);
    expect(proto.body.error.message).toBe('El JSON no puede tener claves «__proto__»');
  });

  it('is a 400 for a login without a body, and a 415 for one in a type nobody reads', async () => {
    const empty = await app.http.post('/api/auth/local');
    expect(empty.status).toBe(400);
    const xml = await app.http.post('/api/auth/local').set('Content-Type', 'application/xml').send('<login><user>admin</user></login>');
    expect(xml.status).toBe(415);
    expect(xml.body.error.message).toMatch(/^Tipo de contenido no admitido/);
  });
});

describe('a value a database column cannot hold', () => {
  it('is a 400 on its field: an integer past 2^31, a decimal past DECIMAL(10,2), JSON nested too deep', async () => {
    const milestone = (await app.strapi.db.query('api::milestone.milestone').findOne({ select: ['documentId'] })) as { documentId: string };
    const url = `/api/backoffice/milestones/${milestone.documentId}`;
    const order = await app.http.put(url).set('Authorization', await as('follow-up')).send({ order: 2 ** 31 });
    expect(order.status).toBe(400);
    expect(order.body.errors).toEqual({ order: 'Debe estar entre -2147483647 y 2147483647' });
    const weight = await app.http.put(url).set('Authorization', await as('follow-up')).send({ weight: 99_999_999.995 });
    expect(weight.status).toBe(400);
    expect(weight.body.errors).toEqual({ weight: 'Debe estar entre -99999999.99 y 99999999.99' });
    const deep = JSON.parse(`${'['.repeat(200)}${']'.repeat(200)}`);
    const place = await app.http
      .post('/api/backoffice/places')
      .set('Authorization', await as('admin'))
      .send({ code: 'P-HONDO', name: 'Lugar hondo', kind: 'other', geometry: { type: 'Feature', properties: { deep }, geometry: null } });
    expect(place.status).toBe(400);
    expect(place.body.errors).toEqual({ geometry: 'Como máximo 32 niveles de anidación' });
  });
});

describe("a record's history asked for with a filter that is not an object", () => {
  it('is a 400 on the filter', async () => {
    for (const filter of ['null', '[]', '"goals"', '3']) {
      const res = await app.http.get('/api/backoffice/audit-logs').query({ filter }).set('Authorization', await as('press'));
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual({ filter: 'Debe ser un objeto JSON' });
    }
  });
});
