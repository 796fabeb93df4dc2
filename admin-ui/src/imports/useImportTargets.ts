import { useCanAccessResources } from 'react-admin';
import { IMPORT_TARGETS, type ImportTarget } from './types';

const RESOURCES: string[] = [...IMPORT_TARGETS];

/** The import targets the user may create records in. */
export const useImportTargets = (): { targets: ImportTarget[]; isPending: boolean } => {
  const { canAccess, isPending } = useCanAccessResources({ action: 'create', resources: RESOURCES });
  return { targets: IMPORT_TARGETS.filter((target) => canAccess?.[target] === true), isPending };
};
