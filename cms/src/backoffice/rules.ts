import type { Core } from '@strapi/strapi';
import { DEFAULT_MAYOR_TITLE, type MayorTitle } from '@sigobito/config/contracts';
import type { Rules } from './types';
import { readCache } from '../cluster/read-cache';

const UID = 'api::setting.setting';

/** The settings row, cached briefly and dropped on any change (cluster/read-cache.ts). */
const settings = readCache('settings', [UID], 4);

/** The settings a municipality starts from (the structure module's single type stores them). */
export const DEFAULT_SETTINGS = {
  municipalityName: 'Municipio',
  timeZone: 'America/Panama',
  taskDueSoonDays: 2,
  requestAnswerDays: 10,
  goalAtRiskGapPercent: 15,
  milestoneSoonDays: 14,
  progressReportStaleDays: 30,
  mayorTitle: DEFAULT_MAYOR_TITLE as MayorTitle,
};

type SettingsRow = Partial<Rules> & { mayorTitle?: MayorTitle | null };

const settingsRow = (strapi: Core.Strapi): Promise<SettingsRow | null> =>
  settings.get('row', async () => {
    const row = (await strapi.db.query(UID).findOne({
      select: ['timeZone', 'taskDueSoonDays', 'requestAnswerDays', 'goalAtRiskGapPercent', 'milestoneSoonDays', 'progressReportStaleDays', 'mayorTitle'],
    })) as SettingsRow | null;
    return row ? Object.freeze({ ...row }) : null;
  });

/** The rule settings the business rules read (time zone, thresholds), with their defaults. */
export async function loadRules(strapi: Core.Strapi): Promise<Rules> {
  const row = await settingsRow(strapi);
  const pick = <K extends keyof Rules>(k: K): Rules[K] => (row?.[k] ?? DEFAULT_SETTINGS[k]) as Rules[K];
  return {
    timeZone: pick('timeZone'),
    taskDueSoonDays: pick('taskDueSoonDays'),
    requestAnswerDays: pick('requestAnswerDays'),
    goalAtRiskGapPercent: pick('goalAtRiskGapPercent'),
    milestoneSoonDays: pick('milestoneSoonDays'),
    progressReportStaleDays: pick('progressReportStaleDays'),
  };
}

/** How the settings name the mayor ("alcaldesa"), for the letters and pages that speak of them. */
export async function loadMayorTitle(strapi: Core.Strapi): Promise<MayorTitle> {
  const row = await settingsRow(strapi);
  return row?.mayorTitle ?? DEFAULT_SETTINGS.mayorTitle;
}
