import { auditedResourceOf } from '@sigobito/config/contracts';

/**
 * The resource of an audit entry: the name the server gives, else the one its content type
 * stands for (AUDITED_CONTENT_TYPES), else undefined (shown as "—").
 */
export const auditResourceOf = (entry: { resource?: string | null; contentType?: string | null }): string | undefined => {
  if (typeof entry.resource === 'string' && entry.resource !== '') return entry.resource;
  return auditedResourceOf(entry.contentType);
};
