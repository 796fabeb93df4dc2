import { translatedChoices } from '../common/choices';

/** The roles of config/src/permissions.ts (ROLES); their labels live in the i18n files. */
export const ROLES = ['mayor', 'agenda', 'goal-manager', 'follow-up', 'press', 'admin', 'staff'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (ROLES as readonly string[]).includes(value);

export const roleChoices = translatedChoices(ROLES, 'resources.members.roles');

export const roleLabelKey = (role: Role): string => `resources.members.roles.${role}`;
