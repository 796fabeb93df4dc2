import { actionFor, actionsOf, cronJobsOf, defineModule, handoverHandlers, registerModules, resourceByName, storyProviders, targetScope } from './registry';
import type { ModuleDef, ResourceDef, StoryProvider } from './types';

const resource = (name: string, uid: string, extra: Partial<ResourceDef> = {}): ResourceDef => ({ name: name as ResourceDef['name'], uid, searchable: [], ...extra });
const noop = async () => null;

const notes = defineModule({
  name: 'notes',
  resources: [resource('actors', 'api::note.note', { readScope: (user) => (user.role === 'press' ? { public: { $eq: true } } : undefined) })],
  actions: [{ method: 'POST', path: '/notes/:id/pin', permission: 'signed-in', handler: noop }],
  handovers: [{ resource: 'actors', handover: async () => 0 }],
  cronJobs: { pinReminders: { task: noop, options: { rule: '0 * * * *' } } },
});
const other = defineModule({ name: 'other', resources: [resource('themes', 'api::other.other')] });

describe('the kernel registry', () => {
  afterEach(() => registerModules([]));

  it('answers for the resources, actions, handovers and jobs the modules registered', () => {
    registerModules([notes, other]);
    expect(resourceByName('themes')?.uid).toBe('api::other.other');
    expect(actionFor('post', '/notes/:id/pin')).toBe(notes.actions![0]);
    expect(actionFor('GET', '/notes/:id/pin')).toBeUndefined();
    expect(handoverHandlers().map((h) => h.resource)).toEqual(['actors']);
    expect(Object.keys(cronJobsOf([notes, other]))).toEqual(['pinReminders']);
    expect(actionsOf([other, notes])).toEqual(notes.actions);
  });

  it("asks a relation's read scope of the module that owns the target", () => {
    registerModules([notes]);
    const press = { id: 1, username: 'p', email: '', role: 'press' as const, member: null };
    const mayor = { ...press, role: 'mayor' as const };
    expect(targetScope('api::note.note', press)).toEqual({ public: { $eq: true } });
    expect(targetScope('api::note.note', mayor)).toBeUndefined();
    expect(targetScope('api::unknown.unknown', press)).toBeUndefined();
  });

  it('knows nothing before register() and forgets a previous registration', () => {
    expect(resourceByName('actors')).toBeUndefined();
    registerModules([notes]);
    registerModules([other]);
    expect(resourceByName('actors')).toBeUndefined();
  });

  it.each<[string, ModuleDef]>([
    ['a resource', { name: 'copy', resources: [resource('actors', 'api::copy.copy')] }],
    ['a content type', { name: 'copy', resources: [resource('places', 'api::note.note')] }],
    ['an action', { name: 'copy', resources: [], actions: [{ method: 'POST', path: '/notes/:id/pin', permission: 'signed-in', handler: noop }] }],
    ['a cron job', { name: 'copy', resources: [], cronJobs: { pinReminders: { task: noop, options: { rule: '* * * * *' } } } }],
    ['a module name', { name: 'notes', resources: [] }],
  ])('refuses %s declared by two modules', (_what, copy) => {
    expect(() => registerModules([notes, copy])).toThrow(/declared by two modules/);
  });

  const teller = (resource: string): StoryProvider => ({ resource: resource as StoryProvider['resource'], linkedTo: () => undefined, date: 'createdAt', fields: [], entry: () => ({ title: '', status: null, subkind: null }) });

  it('lists the story providers of every module, in module order', () => {
    const tasks = defineModule({ name: 'tasks', resources: [resource('tasks', 'api::task.task')], story: [teller('tasks')] });
    const goals = defineModule({ name: 'goals', resources: [resource('goals', 'api::goal.goal')], story: [teller('goals')] });
    registerModules([tasks, goals]);
    expect(storyProviders().map((p) => p.resource)).toEqual(['tasks', 'goals']);
  });

  it("refuses a story provider for another module's resource, and one declared twice", () => {
    expect(() => registerModules([notes, defineModule({ name: 'copy', resources: [], story: [teller('actors')] })])).toThrow(/not one of its resources/);
    const twice = defineModule({ name: 'twice', resources: [resource('tasks', 'api::task.task')], story: [teller('tasks'), teller('tasks')] });
    expect(() => registerModules([twice])).toThrow(/declared by two modules/);
  });
});
