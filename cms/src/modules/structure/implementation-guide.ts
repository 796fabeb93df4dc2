import type { Core } from '@strapi/strapi';
import { implementationGuide, isRole, type ImplementationCounts, type ImplementationGuide, type Role } from '@sigobito/config/contracts';
import { resourceByName } from '../../backoffice/registry';
import type { BackofficeUser, Filters } from '../../backoffice/types';

/** Goals whose programming is concluded: past the draft, not cancelled. */
const PROGRAMMED = ['programmed', 'in_execution', 'completed'];

/**
 * Counts the records of a back-office resource the user may read, through the registry (no
 * other module is imported); null when no module declares it (Comunicación not installed).
 */
async function countOf(strapi: Core.Strapi, user: BackofficeUser, name: string, where: Filters = {}): Promise<number | null> {
  const def = resourceByName(name);
  if (!def) return null;
  const scope = def.readScope?.(user);
  return strapi.db.query(def.uid as never).count({ where: scope ? { $and: [scope, where] } : where });
}

const count = async (strapi: Core.Strapi, user: BackofficeUser, name: string, where: Filters = {}) => (await countOf(strapi, user, name, where)) ?? 0;

/** Goals past their draft (not cancelled) with their critical path laid out: at least one milestone. */
async function programmedGoals(strapi: Core.Strapi, user: BackofficeUser): Promise<number> {
  const goals = resourceByName('goals');
  const milestones = resourceByName('milestones');
  if (!goals || !milestones) return 0;
  const rows = (await strapi.db.query(goals.uid as never).findMany({
    select: ['id'],
    where: { $and: [goals.readScope?.(user) ?? {}, { status: { $in: PROGRAMMED } }] },
  })) as Array<{ id: number }>;
  if (!rows.length) return 0;
  const laidOut = (await strapi.db.query(milestones.uid as never).findMany({
    select: ['id'],
    where: { goal: { id: { $in: rows.map((r) => r.id) } } },
    populate: { goal: { select: ['id'] } },
  })) as Array<{ goal: { id: number } | null }>;
  return new Set(laidOut.map((m) => m.goal?.id).filter((id) => id !== undefined)).size;
}

/** The municipality's state, as the implementation method counts it. */
export async function implementationCounts(strapi: Core.Strapi, user: BackofficeUser): Promise<ImplementationCounts> {
  const members = (await strapi.db.query('api::member.member').findMany({
    select: ['id'],
    where: { active: true },
    populate: { user: { select: ['id'], populate: { role: { select: ['type'] } } }, area: { select: ['id'] }, position: { select: ['id'] } },
  })) as Array<{ user: { role: { type: string } | null } | null; area: unknown; position: unknown }>;
  const membersByRole: Partial<Record<Role, number>> = {};
  for (const m of members) {
    const role = m.user?.role?.type;
    if (isRole(role)) membersByRole[role] = (membersByRole[role] ?? 0) + 1;
  }
  const identified = { status: { $ne: 'cancelled' } };
  return {
    actors: await count(strapi, user, 'actors'),
    places: await count(strapi, user, 'places'),
    themes: await count(strapi, user, 'themes'),
    goals: await count(strapi, user, 'goals', identified),
    goalsProgrammed: await programmedGoals(strapi, user),
    areas: await count(strapi, user, 'areas'),
    positions: await count(strapi, user, 'positions'),
    membersByRole,
    membersUnplaced: members.filter((m) => !m.area || !m.position).length,
    goalsWithoutOwners: await count(strapi, user, 'goals', { ...identified, $or: [{ manager: { id: { $null: true } } }, { followUpOfficer: { id: { $null: true } } }] }),
    activities: await count(strapi, user, 'activities'),
    requests: await count(strapi, user, 'requests'),
    tasks: await count(strapi, user, 'tasks'),
    progressReports: await count(strapi, user, 'progress-reports'),
    aros: await count(strapi, user, 'aros'),
    communications: await countOf(strapi, user, 'communications'),
  };
}

/** `GET /implementation-guide`: the method's stages with the state the municipality is in. */
export async function readImplementationGuide(strapi: Core.Strapi, user: BackofficeUser): Promise<ImplementationGuide & { counts: ImplementationCounts }> {
  const counts = await implementationCounts(strapi, user);
  return { ...implementationGuide(counts), counts };
}
