import { useCanAccess, useGetList, useTranslate } from 'react-admin';
import { CountTile } from '../dashboard/CountTile';
import { IN_REVIEW_PATH } from './routes';

/** "Por aprobar": how many communications await approval, opening them. On the mayor's dashboard. */
export const ToApproveTile = () => {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'communications', action: 'list' });
  const { total } = useGetList('communications', { filter: { status: 'in_review' }, pagination: { page: 1, perPage: 1 } }, { enabled: canAccess === true });
  if (canAccess !== true) return null;
  return (
    <CountTile
      to={IN_REVIEW_PATH}
      count={total ?? 0}
      accent="#00838f"
      label={
        <>
          <strong>{translate('sigobito.communications.dashboard.to_approve')}</strong>: {translate('sigobito.communications.dashboard.to_approve_help')}
        </>
      }
    />
  );
};
