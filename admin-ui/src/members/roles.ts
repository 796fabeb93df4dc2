import { ROLES, type Role } from '@sigobito/config/contracts';
import { translatedChoices } from '../common/choices';

/** The role choices of the forms; their labels live in the i18n files. */
export const roleChoices = translatedChoices(ROLES, 'resources.members.roles');

export const roleLabelKey = (role: Role): string => `resources.members.roles.${role}`;
