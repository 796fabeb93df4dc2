import type { PlaceKind } from './cms';

export const placeKindLabels: Record<PlaceKind, string> = {
  district: 'Distrito',
  corregimiento: 'Corregimiento',
  neighbourhood: 'Barrio',
  other: 'Otro',
};
