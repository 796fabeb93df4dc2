import { ARO_KINDS, ARO_SEVERITIES, ARO_STATUSES } from '@sigobito/config/contracts';
import { translatedChoices } from '../common/choices';

export const aroKindChoices = translatedChoices(ARO_KINDS, 'resources.aros.kinds');
export const aroSeverityChoices = translatedChoices(ARO_SEVERITIES, 'resources.aros.severities');
export const aroStatusChoices = translatedChoices(ARO_STATUSES, 'resources.aros.statuses');
