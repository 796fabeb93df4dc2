import { SelectInput, type SelectInputProps } from 'react-admin';
import { AUDITED_RESOURCES } from '@sigobito/config/contracts';
import { useResourceName } from './ResourceNameField';

/**
 * The audit-log filter on `resource`: every audited resource by its singular name (translated
 * here, since a choice label of "Actor |||| Actores" is not split into its forms).
 */
export const ResourceFilterInput = (props: Omit<SelectInputProps, 'choices' | 'translateChoice'>) => {
  const resourceName = useResourceName();
  const choices = AUDITED_RESOURCES.map((resource) => ({ id: resource, name: resourceName(resource) }));
  return <SelectInput {...props} choices={choices} translateChoice={false} />;
};
