import type { Identifier } from 'react-admin';
import type { NotificationPreference } from './notificationPreferences';
import type { Role } from './roles';

export type Member = {
  id: Identifier;
  fullName: string;
  username: string;
  email: string;
  role: Role;
  area?: Identifier | null;
  position?: Identifier | null;
  phone?: string | null;
  active: boolean;
  notificationPreferences?: Partial<Record<NotificationPreference, boolean>> | null;
  deactivatedAt?: string | null;
  handedOverTo?: Identifier | null;
};
