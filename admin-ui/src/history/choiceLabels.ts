import { CHANNEL_LABELS, COMMUNICATION_STATUS_LABELS, own, PIECE_STATUS_LABELS, type Locale } from '@sigobito/config/contracts';
import type { Translate } from '../common/codedMessages';

/** Where a code's label is: an i18n prefix (`<prefix>.<code>`), or a label table of the contracts. */
type Labels = string | Readonly<Record<string, Readonly<Record<Locale, string>>>>;

/**
 * The fields of each audited resource whose values are codes (Strapi enumerations, a task's
 * priority, a member's role), and where their labels are: the history reads "Tipo: Reunión,
 * Estado: Confirmada", not "meeting, confirmed". A unit test holds it to the CMS's schemas.
 */
export const CHOICE_LABELS: Readonly<Record<string, Readonly<Record<string, Labels>>>> = {
  activities: { kind: 'resources.activities.kinds', status: 'resources.activities.statuses', visibility: 'resources.activities.visibilities' },
  actors: { kind: 'resources.actors.kinds' },
  places: { kind: 'resources.places.kinds' },
  members: { role: 'resources.members.roles' },
  accounts: { role: 'resources.members.roles' },
  requests: { kind: 'resources.requests.kinds', channel: 'resources.requests.channels', status: 'resources.requests.statuses' },
  tasks: { kind: 'resources.tasks.kinds', status: 'resources.tasks.statuses', priority: 'resources.tasks.priorities' },
  goals: { status: 'resources.goals.statuses' },
  milestones: { status: 'resources.milestones.statuses' },
  aros: { kind: 'resources.aros.kinds', severity: 'resources.aros.severities', status: 'resources.aros.statuses' },
  communications: { status: COMMUNICATION_STATUS_LABELS },
  pieces: { status: PIECE_STATUS_LABELS, channel: CHANNEL_LABELS },
};

/** The label of a code of a resource's field in the language; undefined when the field holds no codes, the code itself when it is unknown. */
export function choiceLabel(resource: string, field: string, value: unknown, translate: Translate, locale: Locale): string | undefined {
  const labels = own(own(CHOICE_LABELS, resource), field);
  if (labels === undefined || (typeof value !== 'string' && typeof value !== 'number') || value === '') return undefined;
  const code = String(value);
  if (typeof labels === 'string') return translate(`${labels}.${code}`, { _: code });
  return own(labels, code)?.[locale] ?? code;
}
