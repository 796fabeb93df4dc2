import { BadRequest } from '../../backoffice/errors';
import { applyPreferencesPatch } from './my-notifications';

const errorsOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof BadRequest) return e.errors;
    throw e;
  }
  throw new Error('expected a BadRequest');
};

describe("a member's own e-mail switches", () => {
  it('turns one e-mail off and keeps the others as they were', () => {
    const next = applyPreferencesPatch({ taskOverdue: false }, { weeklyDigest: false });
    expect(next.weeklyDigest).toBe(false);
    expect(next.taskOverdue).toBe(false);
    expect(next.taskAssigned).toBe(true);
  });

  it('turns an e-mail back on', () => {
    expect(applyPreferencesPatch({ taskOverdue: false }, { taskOverdue: true }).taskOverdue).toBe(true);
  });

  it('changes nothing with an empty request', () => {
    expect(Object.values(applyPreferencesPatch(null, {})).every(Boolean)).toBe(true);
  });

  it('refuses an unknown e-mail by its name', () => {
    expect(errorsOf(() => applyPreferencesPatch(null, { smsAlerts: false }))).toEqual([
      { path: 'smsAlerts', code: 'unknown', params: { variant: 'notification' }, message: 'Aviso desconocido' },
    ]);
  });

  it('refuses a value that is not true or false, on its field', () => {
    const [error] = errorsOf(() => applyPreferencesPatch(null, { taskAssigned: 'no' }));
    expect(error).toMatchObject({ path: 'taskAssigned', message: 'Debe ser verdadero o falso' });
  });

  it('refuses a body that is not an object', () => {
    expect(errorsOf(() => applyPreferencesPatch(null, ['taskAssigned']))[0].path).toBe('body');
    expect(errorsOf(() => applyPreferencesPatch(null, null))[0].path).toBe('body');
  });
});
