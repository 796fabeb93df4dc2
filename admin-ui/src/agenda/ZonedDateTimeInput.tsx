import { useCallback } from 'react';
import { DateTimeInput, useTranslate, type DateTimeInputProps } from 'react-admin';
import { useMunicipalityTimeZone } from '../common/useMunicipalityTimeZone';
import { fromWallTime, isWallTime, toWallTime } from './zonedTime';

/**
 * A date and time typed in the municipality's zone, stored as a UTC instant. react-admin's
 * DateTimeInput reads and writes the browser's zone, which is wrong for anyone whose computer
 * is elsewhere (or misconfigured): here "09:30" always means 09:30 in the municipality.
 */
export const ZonedDateTimeInput = (props: Omit<DateTimeInputProps, 'format' | 'parse'>) => {
  const translate = useTranslate();
  const { timeZone } = useMunicipalityTimeZone();
  // DateTimeInput formats the already formatted value again: a wall time passes through.
  const format = useCallback((value: unknown) => (isWallTime(value) ? value : toWallTime(value, timeZone)), [timeZone]);
  const parse = useCallback((value: string) => (value ? fromWallTime(value, timeZone) : null), [timeZone]);
  return (
    <DateTimeInput
      helperText={translate('sigobito.agenda.time_zone', { zone: timeZone })}
      {...props}
      format={format}
      parse={parse}
    />
  );
};
