import type { Core } from '@strapi/strapi';

/** What the public site shows of the settings: the municipality, its contact, how it names the mayor. Rules and approvers stay inside. */
export const PUBLIC_SETTINGS_FIELDS = ['municipalityName', 'shortName', 'timeZone', 'contactEmail', 'website', 'mayorTitle', 'requestAnswerDays', 'mapTileUrl', 'mapTileAttribution'] as const;

const parent = { select: ['documentId', 'name', 'code'] };
const byName = [{ name: 'asc' as const }, { id: 'asc' as const }];

/**
 * Everything every page of the public site needs in one answer: the settings it shows and the
 * themes and places with their parents. Five statements (one per table and one per parent
 * relation, batched), where Strapi's content API took about twenty for the same three reads
 * (a permission lookup, transactions and a count for each).
 */
export async function publicSite(strapi: Core.Strapi) {
  const [settings, themes, places] = await Promise.all([
    strapi.db.query('api::setting.setting').findOne({ select: ['documentId', ...PUBLIC_SETTINGS_FIELDS] }),
    strapi.db.query('api::theme.theme').findMany({ select: ['documentId', 'code', 'name', 'description', 'colour'], orderBy: byName, populate: { parent } }),
    strapi.db.query('api::place.place').findMany({ select: ['documentId', 'code', 'name', 'kind', 'geometry'], orderBy: byName, populate: { parent } }),
  ]);
  return { settings: settings ?? null, themes, places };
}
