const FALLBACK_TIME_ZONES = ['America/Panama', 'America/Bogota', 'America/Lima', 'America/Mexico_City', 'UTC'];

/** The IANA time zones the browser knows, always including the current value. */
export const timeZoneChoices = (current?: string | null): { id: string; name: string }[] => {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : FALLBACK_TIME_ZONES;
  const zones = current && !known.includes(current) ? [current, ...known] : known;
  return zones.map((zone) => ({ id: zone, name: zone.replace(/_/g, ' ') }));
};
