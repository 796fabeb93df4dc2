import { PLACE_KINDS } from '@sigobito/config/contracts';
import { translatedChoices } from '../common/choices';

export const placeKindChoices = translatedChoices(PLACE_KINDS, 'resources.places.kinds');
