import type { MayorPhrases } from '@sigobito/config/contracts';
import type { PlaceKind } from './cms';

export const placeKindLabels: Record<PlaceKind, string> = {
  district: 'Distrito',
  corregimiento: 'Corregimiento',
  neighbourhood: 'Barrio',
  other: 'Otro',
};

export const activityKindLabels: Record<string, string> = {
  meeting: 'Reunión',
  public_event: 'Evento público',
  field_visit: 'Gira de campo',
  audience: 'Audiencia',
  internal: 'Interna',
  travel: 'Viaje',
  other: 'Otra',
};

/** The public agenda shows confirmed, held and cancelled activities only (never tentative ones). */
export const activityStatusLabels: Record<string, string> = {
  tentative: 'Por confirmar',
  confirmed: 'Confirmada',
  done: 'Realizada',
  cancelled: 'Cancelada',
};

/** The request kinds as a citizen reads them; the audience is with the mayor as the settings name them. */
export const requestKindLabels = (mayor: MayorPhrases): Record<string, string> => ({
  audience: `Audiencia ${mayor.with}`,
  invitation: 'Invitación a un evento',
  attention: 'Solicitud de atención',
});

/** A label for a code, falling back to the code itself rather than to nothing. */
export const labelOf = (labels: Record<string, string>, code: string | null | undefined): string =>
  (code && Object.hasOwn(labels, code) && labels[code]) || code || '';
