export type PasswordChangeValues = { currentPassword?: string; password?: string; confirmation?: string };

/** The repeated new password must match: a typo would otherwise lock the person out. */
export const confirmsNewPassword = (value: unknown, values: PasswordChangeValues): string | undefined =>
  value === values.password ? undefined : 'sigobito.profile.password.mismatch';
