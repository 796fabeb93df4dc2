import { translatedChoices } from '../common/choices';

export const ARO_KINDS = ['alert', 'restriction', 'opportunity'] as const;
export type AroKind = (typeof ARO_KINDS)[number];

export const ARO_SEVERITIES = ['low', 'medium', 'high'] as const;
export type AroSeverity = (typeof ARO_SEVERITIES)[number];

/** Also the board's columns, in this order. */
export const ARO_STATUSES = ['open', 'in_treatment', 'resolved', 'discarded'] as const;
export type AroStatus = (typeof ARO_STATUSES)[number];

export const aroKindChoices = translatedChoices(ARO_KINDS, 'resources.aros.kinds');
export const aroSeverityChoices = translatedChoices(ARO_SEVERITIES, 'resources.aros.severities');
export const aroStatusChoices = translatedChoices(ARO_STATUSES, 'resources.aros.statuses');
