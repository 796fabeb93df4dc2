import { translatedChoices } from '../common/choices';

export const ACTOR_KINDS = ['person', 'institution', 'group'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const actorKindChoices = translatedChoices(ACTOR_KINDS, 'resources.actors.kinds');
