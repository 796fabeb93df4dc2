/**
 * The rule thresholds of the settings record, with the bounds the CMS enforces
 * (cms/src/api/setting schema). Helper texts explain each one (`resources.settings.helpers.<field>`).
 */
export const THRESHOLDS = [
  { source: 'taskDueSoonDays', min: 0, max: 60 },
  { source: 'requestAnswerDays', min: 1, max: 120 },
  { source: 'goalAtRiskGapPercent', min: 1, max: 100 },
  { source: 'milestoneSoonDays', min: 1, max: 120 },
  { source: 'progressReportStaleDays', min: 1, max: 365 },
] as const;
