import { own } from '../common/own';

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
};

export const referenceOf = (resource: string, field: string): string | undefined => own(own(REFERENCES, resource), field);
