import type { Identifier } from 'react-admin';
import type { NotificationKind, Role } from '@sigobito/config/contracts';

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
  notificationPreferences?: Partial<Record<NotificationKind, boolean>> | null;
  deactivatedAt?: string | null;
  handedOverTo?: Identifier | null;
};
