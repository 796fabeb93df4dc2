import { ACTOR_KINDS } from '@sigobito/config/contracts';
import { translatedChoices } from '../common/choices';

export const actorKindChoices = translatedChoices(ACTOR_KINDS, 'resources.actors.kinds');
