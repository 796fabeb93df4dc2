import path from 'node:path';
import type { Role } from '@sigobito/config';
import type { TestApp } from './app';
import { CMS_DIST } from '../../../scripts/lib/cms';

/*
 * Comunicación through the back-office API, as press and the mayor use it: communications, their
 * pieces, the workflow moves and publishing. Each call answers `{ status, body }`.
 */

// The smallest valid PNG: one transparent pixel.
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

export type Answer = { status: number; body: Record<string, unknown> & { errors?: Record<string, string>; error?: { details?: { errors?: Array<{ path: string[]; code: string; params: Record<string, unknown> }> } } } };
type Body = Record<string, unknown>;

const load = (p: string) => require(path.join(CMS_DIST, p));

export function comms(app: TestApp) {
  const call = async (role: Role, method: 'get' | 'post' | 'put' | 'delete', url: string, body?: Body): Promise<Answer> => {
    let req = app.http[method](`/api/backoffice${url}`).set('Authorization', `Bearer ${await app.login(role)}`);
    if (body) req = req.send(body);
    const res = await req;
    return { status: res.status, body: res.body };
  };
  const ok = async (what: string, answer: Promise<Answer>, status = 200) => {
    const res = await answer;
    if (res.status !== status) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as Body & { id: string };
  };

  const api = {
    call,
    get: (role: Role, url: string) => call(role, 'get', url),
    post: (role: Role, url: string, body: Body = {}) => call(role, 'post', url, body),
    put: (role: Role, url: string, body: Body) => call(role, 'put', url, body),
    del: (role: Role, url: string) => call(role, 'delete', url),
    /** The codes of a 400, by field: `{ body: 'too_long' }`. */
    codes: (res: Answer) => Object.fromEntries((res.body.error?.details?.errors ?? []).map((e) => [e.path.join('.'), e.code])),
    /** An image uploaded by press, its id. */
    image: async () => {
      const res = await app.http.post('/api/backoffice/uploads').set('Authorization', `Bearer ${await app.login('press')}`).attach('files', PNG, { filename: 'foto.png', contentType: 'image/png' });
      if (res.status !== 201) throw new Error(`upload: ${res.status} ${res.text}`);
      return res.body[0].id as number;
    },
    communication: (title: string, extra: Body = {}) => ok('create communication', call('press', 'post', '/communications', { title, ...extra }), 201),
    piece: (communication: string, piece: Body) => ok('create piece', call('press', 'post', '/pieces', { communication, ...piece }), 201),
    /** A web piece with its cover image and alt text. */
    webPiece: async (communication: string, title = 'Inauguramos el puente de El Valle', extra: Body = {}) => {
      const image = await api.image();
      return api.piece(communication, { channel: 'web', title, summary: 'El puente une dos barrios', body: '<p>Hoy abrimos el puente.</p>', images: [image], imageAlts: [{ file: image, alt: 'El puente lleno de vecinos' }], ...extra });
    },
    move: (role: Role, id: string, to: string, comment?: string) => call(role, 'post', `/communications/${id}/transition`, comment === undefined ? { to } : { to, comment }),
    moveOk: (role: Role, id: string, to: string, comment?: string) => ok(`move ${id} to ${to}`, api.move(role, id, to, comment)),
    /** From identified to approved by the mayor (the communication needs a piece). */
    approve: async (id: string) => {
      await api.moveOk('press', id, 'in_preparation');
      await api.moveOk('press', id, 'in_review');
      return api.moveOk('mayor', id, 'approved', 'Adelante');
    },
    publish: (role: Role, pieceId: string) => call(role, 'post', `/pieces/${pieceId}/publish`),
    /** Runs the outbox as its cron job does (at `now`): due deliveries go out, their outcome comes back to the pieces. */
    flush: (now?: Date) => load('src/outbox/outbox').flushOutbox(app.strapi, now) as Promise<number>,
    /** Published web news: a communication approved and its web piece published and sent. */
    news: async (title: string) => {
      const communication = await api.communication(title);
      const web = await api.webPiece(communication.id, title);
      await api.approve(communication.id);
      await ok('publish', api.publish('press', web.id));
      await api.flush();
      return { communication: (await api.get('press', `/communications/${communication.id}`)).body as Body & { id: string }, web: (await api.get('press', `/pieces/${web.id}`)).body as Body & { id: string } };
    },
    /** The outbox row of a piece's delivery, as stored. */
    deliveryRow: (pieceId: string) =>
      app.strapi.db.query('api::notification.notification').findOne({ where: { key: `piece:${pieceId}` } }) as Promise<
        (Body & { id: number; documentId: string; key: string; status: string; payload: Record<string, unknown> }) | null
      >,
    /** The change log of one record, oldest first. */
    history: async (resource: string, id: string) =>
      ((await call('admin', 'get', `/audit-logs?filter=${encodeURIComponent(JSON.stringify({ resource, recordId: id }))}&sort=${encodeURIComponent('["id","ASC"]')}`)).body as unknown as Array<{
        action: string;
        userName: string;
        changes: Record<string, { before: unknown; after: unknown }>;
      }>),
  };
  return api;
}
