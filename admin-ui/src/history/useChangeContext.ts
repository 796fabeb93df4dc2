import { useTranslate } from 'react-admin';
import { useFormatDay } from '../common/useFormatDay';
import { useFormatDateTime } from '../common/useMunicipalityTimeZone';
import type { ChangeContext } from './changeTexts';

/** Reading changes in the user's language, dates on the municipality's clock. */
export const useChangeContext = (): ChangeContext => {
  const translate = useTranslate();
  const { format } = useFormatDateTime();
  const formatDay = useFormatDay();
  return { translate, dateTime: format, day: formatDay };
};
