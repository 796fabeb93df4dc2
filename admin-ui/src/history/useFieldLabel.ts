import { useCallback } from 'react';
import { useTranslate } from 'react-admin';

/** The label of a field of a resource, falling back to a section label (objects) then the raw name. */
export const useFieldLabel = (resource: string) => {
  const translate = useTranslate();
  return useCallback(
    (field: string) =>
      translate(`resources.${resource}.fields.${field}`, {
        _: translate(`resources.${resource}.sections.${field}`, { _: field }),
      }),
    [resource, translate],
  );
};
