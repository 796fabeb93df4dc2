import { useGetManyAggregate, useGetRecordRepresentation, useTranslate } from 'react-admin';
import { useFormatDateTime } from '../common/useMunicipalityTimeZone';
import { formatValue, idsOf, type ValueLabels } from './formatValue';

const useValueLabels = (): ValueLabels => {
  const translate = useTranslate();
  const { format } = useFormatDateTime();
  return {
    empty: translate('sigobito.history.empty_value'),
    yes: translate('ra.boolean.true'),
    no: translate('ra.boolean.false'),
    dateTime: format,
  };
};

const ReferenceValue = ({ reference, value }: { reference: string; value: unknown }) => {
  const labels = useValueLabels();
  const ids = idsOf(value);
  const { data } = useGetManyAggregate(reference, { ids }, { enabled: ids.length > 0 });
  const represent = useGetRecordRepresentation(reference);
  if (ids.length === 0) return <>{labels.empty}</>;
  // Records deleted since keep showing their id.
  const names = ids.map((id) => {
    const found = data?.find((record) => String(record.id) === id);
    return found ? String(represent(found)) : id;
  });
  return <>{names.join(', ')}</>;
};

/** One before or after value; ids of related records are shown by name, codes by their label. */
export const ChangeValue = ({ value, reference, choiceLabels }: { value: unknown; reference?: string; choiceLabels?: string }) => {
  const labels = useValueLabels();
  const translate = useTranslate();
  if (reference) return <ReferenceValue reference={reference} value={value} />;
  if (choiceLabels && typeof value === 'string' && value) return <>{translate(`${choiceLabels}.${value}`, { _: value })}</>;
  return <>{formatValue(value, labels)}</>;
};
