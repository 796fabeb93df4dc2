/**
 * The rule thresholds of the settings record, with their bounds. Helper texts explain each one
 * (`resources.settings.helpers.<field>`).
 */
export const THRESHOLDS = [
  { source: 'taskDueSoonDays', min: 0, max: 90 },
  { source: 'requestAnswerDays', min: 1, max: 365 },
  { source: 'goalAtRiskGapPercent', min: 0, max: 100 },
  { source: 'milestoneSoonDays', min: 0, max: 365 },
  { source: 'progressReportStaleDays', min: 1, max: 365 },
] as const;
