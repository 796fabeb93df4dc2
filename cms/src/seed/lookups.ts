import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';

/** Natural key → documentId for a catalog (themes, places, actors by `code`, …). */
export async function keyIndex(strapi: Core.Strapi, uid: string, key = 'code'): Promise<Map<string, string>> {
  const rows = (await strapi.db.query(uid as never).findMany({ select: ['documentId', key] })) as Array<Record<string, string>>;
  return new Map(rows.map((r) => [r[key], r.documentId]));
}

/** Username → member documentId. */
export async function membersByUsername(strapi: Core.Strapi): Promise<Map<string, string>> {
  const rows = (await strapi.db.query('api::member.member').findMany({ select: ['documentId'], populate: { user: { select: ['username'] } } })) as Array<{
    documentId: string;
    user: { username: string } | null;
  }>;
  return new Map(rows.filter((r) => r.user).map((r) => [r.user!.username, r.documentId]));
}

/** Resolves a seed reference, or stops the seed naming the file and the unknown key. */
export function resolver(file: string) {
  const one = (map: Map<string, string>, key: string | null | undefined, what: string): string | null => {
    if (!key) return null;
    const id = map.get(key);
    if (!id) throw new Error(`${file}: unknown ${what} "${key}"`);
    return id;
  };
  const many = (map: Map<string, string>, keys: string[] | undefined, what: string) => (keys ?? []).map((k) => one(map, k, what)!);
  return { one, many };
}

/** Upsert by a natural key, through the Document Service (so the audit trail sees it). */
export async function upsertDocument(strapi: Core.Strapi, uid: string, where: Record<string, unknown>, data: Record<string, unknown>): Promise<string> {
  const found = (await strapi.db.query(uid as never).findOne({ where, select: ['documentId'] })) as { documentId: string } | null;
  const saved = (found
    ? await strapi.documents(uid as never).update({ documentId: found.documentId, data } as never)
    : await strapi.documents(uid as never).create({ data } as never)) as unknown as { documentId: string };
  return saved.documentId;
}

export type Log = (message: string) => void;

export function readSeed<T>(dir: string, file: string): T {
  const full = path.join(dir, file);
  try {
    return JSON.parse(fs.readFileSync(full, 'utf8')) as T;
  } catch (e) {
    throw new Error(`Cannot read seed ${full}: ${(e as Error).message}`);
  }
}

/** A progress bar for the seed's log. */
export const bar = (done: number, total: number) => {
  const width = 20;
  const filled = total ? Math.round((done / total) * width) : width;
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`;
};
