import { own } from '@sigobito/config/contracts';

/**
 * Which changed fields hold ids of other records, so the history can show their names
 * instead of raw ids. Mirrors the relations declared in the resources' inputs.
 */
const REFERENCES: Record<string, Record<string, string>> = {
  actors: { themes: 'themes', places: 'places' },
  themes: { parent: 'themes' },
  places: { parent: 'places' },
  areas: { parent: 'areas' },
  positions: { area: 'areas' },
  members: { area: 'areas', position: 'positions', handedOverTo: 'members' },
  communications: {
    activity: 'activities',
    goal: 'goals',
    milestone: 'milestones',
    themes: 'themes',
    places: 'places',
    actors: 'actors',
    editor: 'members',
    approvedBy: 'members',
  },
  pieces: { communication: 'communications' },
};

export const referenceOf = (resource: string, field: string): string | undefined => own(own(REFERENCES, resource), field);

/** Fields whose values are codes with a label (`<prefix>.<value>`): a member's role reads "Titular", not "mayor". */
const CHOICE_LABELS: Record<string, Record<string, string>> = {
  members: { role: 'resources.members.roles' },
  communications: { status: 'resources.communications.statuses', origin: 'resources.communications.origins' },
  pieces: { status: 'resources.pieces.statuses', channel: 'resources.pieces.channels' },
};

export const choiceLabelsOf = (resource: string, field: string): string | undefined =>
  own(own(CHOICE_LABELS, resource), field);
