import { own, type Action } from '@sigobito/config/contracts';

/**
 * How react-admin's view actions map onto the back-office API's actions
 * (`/api/backoffice/me` → `permissions: { actors: ['read', 'create', ...] }`).
 */
export type PermissionMap = Partial<Record<string, readonly Action[]>>;

const API_ACTION_OF: Record<string, Action> = {
  list: 'read',
  show: 'read',
  read: 'read',
  export: 'read',
  create: 'create',
  clone: 'create',
  edit: 'update',
  update: 'update',
  delete: 'delete',
};

/** The API action a react-admin action needs, or undefined for an action we do not grant. */
export const apiActionFor = (raAction: string): Action | undefined => own(API_ACTION_OF, raAction);

/** Unknown actions and resources are refused: the menu and buttons only show what the API allows. */
export const isAllowed = (permissions: PermissionMap | undefined, resource: string, raAction: string): boolean => {
  const needed = apiActionFor(raAction);
  if (!needed || !permissions) return false;
  return own(permissions, resource)?.includes(needed) ?? false;
};
