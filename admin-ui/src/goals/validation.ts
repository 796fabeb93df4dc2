/** The target date may not come before the start date (both "YYYY-MM-DD"). */
export const targetNotBeforeStart = (targetDate: unknown, values: { startDate?: unknown }): string | undefined =>
  typeof targetDate === 'string' && targetDate !== '' && typeof values?.startDate === 'string' && values.startDate !== '' && targetDate < values.startDate
    ? 'resources.goals.validation.target_before_start'
    : undefined;
