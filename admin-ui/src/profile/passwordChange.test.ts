import { confirmsNewPassword } from './passwordChange';

describe('confirmsNewPassword', () => {
  it('accepts the new password typed again', () => {
    expect(confirmsNewPassword('clave-nueva-1', { password: 'clave-nueva-1' })).toBeUndefined();
  });

  it('refuses a different one, however close', () => {
    expect(confirmsNewPassword('clave-nueva-2', { password: 'clave-nueva-1' })).toBe('sigobito.profile.password.mismatch');
    expect(confirmsNewPassword('Clave-nueva-1', { password: 'clave-nueva-1' })).toBe('sigobito.profile.password.mismatch');
  });
});
