import type { Core } from '@strapi/strapi';
import { approverRolesFrom, approverRolesProblems, mapTileUrlProblem } from '@sigobito/config/contracts';
import { BadRequest, type FieldError } from '../../backoffice/errors';
import { attributesOf, checkReferences, serialize } from '../../backoffice/engine';
import type { DocumentRecord, ResourceDef } from '../../backoffice/types';
import { DEFAULT_SETTINGS } from '../../backoffice/rules';
import { validateWrite } from '../../backoffice/validation';
import { IMAGE_MIMES } from '../../domain/files/file-types';
import { isWebAddress } from '../../domain/web-address';

const UID = 'api::setting.setting';

export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

async function current(strapi: Core.Strapi): Promise<DocumentRecord | null> {
  return (await strapi.documents(UID).findFirst({ populate: { logo: { fields: ['url', 'name', 'mime'] } } } as never)) as DocumentRecord | null;
}

/** Uploads take images and documents alike; the logo, shown on every page, only an image. */
async function isImage(strapi: Core.Strapi, fileId: number): Promise<boolean> {
  return (await strapi.db.query('plugin::upload.file').count({ where: { id: fileId, mime: { $in: [...IMAGE_MIMES] } } })) === 1;
}

/**
 * Map tiles: a template the browser loads images from (only its host is let in by the public
 * site's Content-Security-Policy) and the credit their provider requires beside the map.
 */
function mapTileProblems(merged: Record<string, unknown>, data: Record<string, unknown>): FieldError[] {
  if (data.mapTileUrl === undefined && data.mapTileAttribution === undefined) return [];
  const message = mapTileUrlProblem(merged.mapTileUrl);
  if (message) return [{ path: 'mapTileUrl', code: 'invalid_url', params: { variant: 'tile' }, message }];
  const attribution = typeof merged.mapTileAttribution === 'string' ? merged.mapTileAttribution.trim() : '';
  return merged.mapTileUrl && !attribution
    ? [{ path: 'mapTileAttribution', code: 'required', message: 'Indique el crédito que exige el proveedor de las teselas (por ejemplo «© OpenStreetMap»)' }]
    : [];
}

/** The municipality's settings as the back office sees them: one record, id `current`. */
export async function readSettings(strapi: Core.Strapi) {
  const record = await current(strapi);
  const out: Record<string, unknown> = record ? serialize(strapi, settings, record) : { ...DEFAULT_SETTINGS };
  // Stored before addresses were checked: never handed to the back office as a link.
  if (typeof out.website === 'string' && !isWebAddress(out.website)) out.website = null;
  // The roles that approve communications: the mayor until the settings name others.
  out.communicationApprovers = approverRolesFrom(out.communicationApprovers);
  return { ...out, id: 'current' };
}

export async function updateSettings(strapi: Core.Strapi, body: unknown) {
  const existing = await current(strapi);
  const { data, errors, fileIds } = validateWrite(attributesOf(strapi, UID), body, existing ? 'update' : 'create');
  if (typeof data.timeZone === 'string' && !isTimeZone(data.timeZone)) errors.push({ path: 'timeZone', code: 'invalid_choice', params: { variant: 'time_zone' }, message: 'Zona horaria desconocida' });
  if (typeof data.website === 'string' && !isWebAddress(data.website)) errors.push({ path: 'website', code: 'invalid_url', message: 'Debe ser una dirección web que empiece por http:// o https://' });
  errors.push(...mapTileProblems({ ...existing, ...data }, data));
  if (data.communicationApprovers !== undefined) {
    errors.push(...approverRolesProblems(data.communicationApprovers));
    if (Array.isArray(data.communicationApprovers)) data.communicationApprovers = [...new Set(data.communicationApprovers)];
  }
  if (!errors.length) errors.push(...(await checkReferences(strapi, settings, data, [], undefined, fileIds)));
  const keptLogo = (existing?.logo as { id?: unknown } | null | undefined)?.id;
  if (!errors.length && typeof data.logo === 'number' && data.logo !== keptLogo && !(await isImage(strapi, data.logo))) {
    errors.push({ path: 'logo', code: 'invalid_type', params: { variant: 'image' }, message: 'El logo debe ser una imagen PNG, JPEG, WebP o GIF' });
  }
  if (errors.length) throw new BadRequest(errors);
  if (existing) await strapi.documents(UID).update({ documentId: existing.documentId, data } as never);
  else await strapi.documents(UID).create({ data: { ...DEFAULT_SETTINGS, ...data } } as never);
  return readSettings(strapi);
}

/** The municipality's settings: a single type, one record with id `current`. */
export const settings: ResourceDef = {
  name: 'settings',
  uid: UID,
  searchable: ['municipalityName'],
  single: { read: readSettings, update: updateSettings },
};
