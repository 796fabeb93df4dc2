import type { Core } from '@strapi/strapi';
import { closesCycle, descendantsOf, type TreeLink } from '@sigobito/config/contracts';
import { readCache } from '../cluster/read-cache';
import { resourceByUid, targetScope } from './registry';
import { splitOperator } from './query';
import { BadRequest } from './errors';
import type { Attributes, Filters, ResourceDef, VirtualFilter } from './types';

/*
 * The one place the CMS reads a tree (themes, places, areas: any resource that declares a
 * `treeParent`) and widens a filter by its nodes to their descendants, with the contracts' rule.
 * The back-office list filters, the public API, the feeds and open data all come through here.
 */

type TreeRow = { documentId: string; code: string | null; parent: { documentId: string; code: string | null } | null };

/** The parent field of a tree resource, or undefined for a flat one. */
export const treeParentOf = (uid: string): string | undefined => resourceByUid(uid)?.treeParent;

type Tree = { byId: TreeLink<string>[]; byCode: TreeLink<string>[] };

/**
 * The trees, read by every list filtered by a place or a theme: kept seconds, dropped on any
 * write to them (cluster/read-cache.ts), as the settings are.
 */
const trees = readCache('trees', ['api::place.place', 'api::theme.theme', 'api::area.area'], 8);

/** Every node of a tree resource with its parent, by id and by code (`fresh`: read now, not from the short cache). */
export async function loadTree(strapi: Core.Strapi, uid: string, fresh = false): Promise<Tree> {
  return fresh ? readTree(strapi, uid) : trees.get(uid, () => readTree(strapi, uid));
}

async function readTree(strapi: Core.Strapi, uid: string): Promise<Tree> {
  const parentField = treeParentOf(uid) ?? 'parent';
  const rows = (await strapi.db.query(uid as never).findMany({
    select: ['documentId', 'code'],
    populate: { [parentField]: { select: ['documentId', 'code'] } },
  })) as Array<Record<string, unknown>>;
  const nodes = rows.map((r) => ({ documentId: String(r.documentId), code: (r.code as string | null) ?? null, parent: (r[parentField] as TreeRow['parent']) ?? null }));
  return {
    byId: nodes.map((n) => ({ id: n.documentId, parent: n.parent?.documentId ?? null })),
    byCode: nodes.filter((n) => n.code !== null).map((n) => ({ id: n.code as string, parent: n.parent?.code ?? null })),
  };
}

/** Ids of tree nodes and of everything beneath them (a district → its corregimientos and neighbourhoods). */
export async function withDescendantIds(strapi: Core.Strapi, uid: string, ids: readonly string[]): Promise<string[]> {
  if (!ids.length) return [];
  return [...descendantsOf((await loadTree(strapi, uid)).byId, ids)];
}

/** Codes of tree nodes and of everything beneath them: what the public API's `?place=` and `?theme=` mean. */
export async function withDescendantCodes(strapi: Core.Strapi, uid: string, codes: readonly string[]): Promise<string[]> {
  if (!codes.length) return [];
  return [...descendantsOf((await loadTree(strapi, uid)).byCode, codes)];
}

/** A where clause for records linked (through `relation`) to a node given by code or to any node beneath it. */
export async function linkedUnder(strapi: Core.Strapi, uid: string, relation: string, code: string): Promise<Record<string, unknown>> {
  return { [relation]: { code: { $in: await withDescendantCodes(strapi, uid, [code]) } } };
}

/** Whether making `parent` the parent of `id` would make the node its own ancestor. */
export async function parentClosesCycle(strapi: Core.Strapi, uid: string, id: string, parent: string | null): Promise<boolean> {
  // Read now: a write's check must see every write before it, in its own transaction too.
  return closesCycle((await loadTree(strapi, uid, true)).byId, id, parent);
}

/**
 * A back-office list filter (the raw `filter` JSON) with every relation to a tree that declares
 * `branchFilters` (places, themes) widened to the descendants: `{"places":"<district>"}` finds
 * what is in its corregimientos too, and `places_neq` leaves them all out. A tree's own parent
 * field is not widened (the children of a node are its children). Malformed filters are left to
 * the parser, which reports them.
 */
export async function expandTreeFilters(strapi: Core.Strapi, def: ResourceDef, attributes: Attributes, rawFilter: unknown): Promise<unknown> {
  if (typeof rawFilter !== 'string' || !rawFilter) return rawFilter;
  let given: unknown;
  try {
    given = JSON.parse(rawFilter);
  } catch {
    return rawFilter;
  }
  if (!given || typeof given !== 'object' || Array.isArray(given)) return rawFilter;
  const out: Record<string, unknown> = {};
  let changed = false;
  for (const [key, value] of Object.entries(given as Record<string, unknown>)) {
    out[key] = value;
    const { field } = splitOperator(key);
    const attr = Object.hasOwn(attributes, field) ? attributes[field] : undefined;
    if (!attr || attr.type !== 'relation' || !attr.target || field === def.treeParent || !resourceByUid(attr.target)?.branchFilters) continue;
    const ids = Array.isArray(value) ? value : [value];
    if (!ids.length || !ids.every((v): v is string => typeof v === 'string')) continue;
    out[key] = await withDescendantIds(strapi, attr.target, ids);
    changed = true;
  }
  return changed ? JSON.stringify(out) : rawFilter;
}

/**
 * A filter by place or theme (`places`, `themes`: node ids) for records that have none of their
 * own but inherit them from what they come from (a task: its activity, request, goal or ARO's
 * goal), the nodes' branches included. `origins` maps a path to the target's uid; an origin the
 * user may not read (a private activity) does not place the record for them.
 */
export const inheritedTreeFilter =
  (treeUid: string, field: string, origins: Readonly<Record<string, string>>): VirtualFilter =>
  async (value, op, ctx) => {
    const ids = Array.isArray(value) ? value : [value];
    if (!ids.length || !ids.every((v): v is string => typeof v === 'string')) {
      throw new BadRequest([{ path: `filter.${field}`, code: 'invalid_type', params: { variant: 'id' }, message: 'Debe ser un identificador' }]);
    }
    const nodes = await withDescendantIds(strapi, treeUid, ids);
    const linked = {
      $or: Object.entries(origins).map(([path, uid]) =>
        path
          .split('.')
          .reverse()
          .reduce<Filters>((inner, key) => ({ [key]: inner }), { [field]: { documentId: { $in: nodes } }, ...(targetScope(uid, ctx.user) ?? {}) }),
      ),
    };
    return op === '$ne' ? { $not: linked } : linked;
  };
