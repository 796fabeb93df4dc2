import type { DataProvider } from 'ra-core';
import { startApp, type TestApp } from '../helpers/app';
import { memberId } from '../helpers/agenda';

let app: TestApp;
let manager: DataProvider;
let milestone: Record<string, unknown> & { id: string };

// The smallest valid PNG: one transparent pixel.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

beforeAll(async () => {
  app = await startApp();
  const followUp = await app.client('follow-up');
  const goal = (await followUp.create('goals', { data: { code: 'M-07', title: 'Parque lineal', manager: await memberId(followUp, 'goal-manager'), status: 'in_execution' } })).data;
  manager = await app.client('goal-manager');
  milestone = (await manager.create('milestones', { data: { goal: goal.id, order: 1, title: 'Diseño aprobado', dueDate: '2030-01-01' } })).data as typeof milestone;
});
afterAll(() => app.stop());

const upload = async (role: 'goal-manager' | 'staff', name: string, body: Buffer, contentType: string) =>
  app.http.post('/api/backoffice/uploads').set('Authorization', `Bearer ${await app.login(role)}`).attach('files', body, { filename: name, contentType });

describe('evidence files on milestones', () => {
  it('uploads a photo and attaches it to a milestone as evidence', async () => {
    const res = await upload('goal-manager', 'acta.png', PNG, 'image/png');
    expect(res.status).toBe(201);
    expect(res.body).toEqual([expect.objectContaining({ id: expect.any(Number), name: 'acta.png', mime: 'image/png', url: expect.stringMatching(/^\/uploads\//) })]);
    const saved = (await manager.update('milestones', { id: milestone.id, data: { ...milestone, evidence: [res.body[0].id] }, previousData: milestone })).data;
    expect(saved.evidence).toEqual([expect.objectContaining({ id: res.body[0].id, name: 'acta.png' })]);
    // The back office sends the file objects back on the next save: still the same evidence.
    const again = (await manager.update('milestones', { id: milestone.id, data: { ...saved, title: 'Diseño aprobado por el concejo' }, previousData: saved })).data;
    expect(again.evidence.map((f: { id: number }) => f.id)).toEqual([res.body[0].id]);
    expect((await app.http.get(res.body[0].url)).status).toBe(200);
    expect((await app.http.get(again.evidence[0].url)).status).toBe(200);
  });

  it('serves a file only at the signed address the API handed out, not at its bare one', async () => {
    const res = await upload('goal-manager', 'privado.png', PNG, 'image/png');
    const signed: string = res.body[0].url;
    expect(signed).toMatch(/^\/uploads\/[^?]+\?exp=\d+&sig=[\w-]+$/);
    const bare = signed.split('?')[0];
    const served = await app.http.get(signed);
    expect(served.status).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect((await app.http.get(bare)).status).toBe(403);
    const { searchParams } = new URL(signed, 'http://x');
    const forged = `${bare}?exp=${Number(searchParams.get('exp')) + 86_400 * 365}&sig=${searchParams.get('sig')}`;
    expect((await app.http.get(forged)).status).toBe(403);
    const otherFile = (await upload('goal-manager', 'otro.png', PNG, 'image/png')).body[0].url.split('?')[0];
    expect((await app.http.get(`${otherFile}?${searchParams.toString()}`)).status).toBe(403);
  });

  it('refuses files of other types, unknown file ids, and roles that write no records with files', async () => {
    const exe = await upload('goal-manager', 'virus.exe', Buffer.from('MZ'), 'application/x-msdownload');
    expect(exe.status).toBe(400);
    expect(exe.body.errors.files).toMatch(/no es un tipo permitido/);
    const ghost = await manager.update('milestones', { id: milestone.id, data: { evidence: [999999] }, previousData: milestone }).catch((e) => e);
    expect(ghost.status).toBe(400);
    expect(ghost.body.errors.evidence).toMatch(/no existe/);
    expect((await upload('staff', 'foto.png', PNG, 'image/png')).status).toBe(403);
    expect((await app.http.post('/api/backoffice/uploads').attach('files', PNG, { filename: 'x.png', contentType: 'image/png' })).status).toBe(401);
  });
});
