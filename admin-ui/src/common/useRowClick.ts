import { useCanAccess } from 'react-admin';

/** Rows open the edit page for those who may edit, the show page for the others. */
export const useRowClick = (): 'edit' | 'show' => {
  const { canAccess } = useCanAccess({ action: 'edit' });
  return canAccess ? 'edit' : 'show';
};
