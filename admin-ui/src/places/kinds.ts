import { translatedChoices } from '../common/choices';

export const PLACE_KINDS = ['district', 'corregimiento', 'neighbourhood', 'other'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const placeKindChoices = translatedChoices(PLACE_KINDS, 'resources.places.kinds');
