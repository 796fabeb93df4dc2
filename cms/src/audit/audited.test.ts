import fs from 'node:fs';
import path from 'node:path';
import { AUDITED_CONTENT_TYPES, AUDITED_RESOURCES, isAuditedContentType, RESOURCE_CONTENT_TYPES } from '@sigobito/config/contracts';
import { NOT_AUDITED } from './middleware';
import { MODULES } from '../modules';

const RESOURCES = MODULES.flatMap((m) => m.resources);

/** Every content type the CMS defines (`cms/src/api/<api>/content-types/<name>/schema.json`), and login accounts. */
const apiDir = path.join(__dirname, '..', 'api');
const CONTENT_TYPES = [
  ...fs.readdirSync(apiDir).flatMap((api) => {
    const dir = path.join(apiDir, api, 'content-types');
    return fs.existsSync(dir) ? fs.readdirSync(dir).map((name) => `api::${api}.${name}`) : [];
  }),
  'plugin::users-permissions.user',
];

describe('what the change log records', () => {
  it('is every content type of the CMS but those left out on purpose', () => {
    const audited = CONTENT_TYPES.filter(isAuditedContentType).sort();
    const expected = CONTENT_TYPES.filter((uid) => !NOT_AUDITED.includes(uid)).sort();
    expect(audited).toEqual(expected);
  });

  it('names only content types that exist, so the change-history filter offers no resource without entries', () => {
    expect(Object.values(AUDITED_CONTENT_TYPES).filter((uid) => !CONTENT_TYPES.includes(uid))).toEqual([]);
  });

  it('leaves out the log itself and the e-mail outbox, and nothing the CMS does not define', () => {
    expect([...NOT_AUDITED].sort()).toEqual(['api::audit-log.audit-log', 'api::notification.notification']);
    expect(NOT_AUDITED.filter(isAuditedContentType)).toEqual([]);
  });

  it('offers every back-office resource but the log and the deliveries (outbox rows), and login accounts, in the change-history filter', () => {
    const resources = RESOURCES.map((r) => r.name).filter((name) => name !== 'audit-logs' && name !== 'deliveries');
    expect([...AUDITED_RESOURCES].sort()).toEqual([...resources, 'accounts'].sort());
  });

  it('knows each back-office resource by the content type the CMS declares it on', () => {
    for (const def of RESOURCES) expect([def.name, RESOURCE_CONTENT_TYPES[def.name]]).toEqual([def.name, def.uid]);
  });
});
