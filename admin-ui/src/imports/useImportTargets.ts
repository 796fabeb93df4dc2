import { useCanAccessResources } from 'react-admin';
import { IMPORT_TARGETS, type ImportTarget } from './types';

const RESOURCES: string[] = [...IMPORT_TARGETS];

/** The import targets the user may load: an import creates new records and updates existing ones. */
export const useImportTargets = (): { targets: ImportTarget[]; isPending: boolean } => {
  const create = useCanAccessResources({ action: 'create', resources: RESOURCES });
  const update = useCanAccessResources({ action: 'edit', resources: RESOURCES });
  return {
    targets: IMPORT_TARGETS.filter((target) => create.canAccess?.[target] === true && update.canAccess?.[target] === true),
    isPending: create.isPending || update.isPending,
  };
};
