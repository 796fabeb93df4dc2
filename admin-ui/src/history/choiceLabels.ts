import { own } from '@sigobito/config/contracts';
import type { Translate } from '../common/codedMessages';

/**
 * The fields of each audited resource whose values are codes (Strapi enumerations, a task's
 * priority, a member's role), and the i18n prefix of their labels (`<prefix>.<code>`): the history reads "Tipo: Reunión,
 * Estado: Confirmada", not "meeting, confirmed". A unit test holds it to the CMS's schemas.
 */
export const CHOICE_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
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
  communications: { status: 'resources.communications.statuses', origin: 'resources.communications.origins' },
  pieces: { status: 'resources.pieces.statuses', channel: 'resources.pieces.channels' },
  settings: { mayorTitle: 'resources.settings.mayorTitles' },
};

/** The label of a code of a resource's field in the language; undefined when the field holds no codes, the code itself when it is unknown. */
export function choiceLabel(resource: string, field: string, value: unknown, translate: Translate): string | undefined {
  const prefix = own(own(CHOICE_LABELS, resource), field);
  if (prefix === undefined || (typeof value !== 'string' && typeof value !== 'number') || value === '') return undefined;
  const code = String(value);
  return translate(`${prefix}.${code}`, { _: code });
}
