import { can, isRole, type StepLink } from '@sigobito/config/contracts';
import { IMPORT_PATH } from '../imports/route';

export type GuideLink = { kind: 'open' | 'create' | 'import'; to: string };

/** Where a step leads, among the screens the role may open: the list, its form, the CSV import. */
export function stepLinks(link: StepLink, role: unknown): GuideLink[] {
  const resource = link.resource;
  const allowed = (action: 'read' | 'create' | 'update') => isRole(role) && can(role, resource as never, action);
  const out: GuideLink[] = [];
  if (allowed('read')) out.push({ kind: 'open', to: `/${resource}` });
  if (link.create && allowed('create')) out.push({ kind: 'create', to: `/${resource}/create` });
  if (link.import && allowed('create') && allowed('update')) out.push({ kind: 'import', to: IMPORT_PATH });
  return out;
}
