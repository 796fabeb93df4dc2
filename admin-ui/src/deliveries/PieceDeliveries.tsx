import { Alert, Box, Chip, Link as MuiLink, Skeleton, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import ReplayIcon from '@mui/icons-material/Replay';
import { Button, useCanAccess, useGetList, useTranslate } from 'react-admin';
import { useFormatDateTime } from '../common/useMunicipalityTimeZone';
import type { Delivery } from '../communications/types';
import { useCommunicationAction } from '../communications/useCommunicationAction';
import { deliveryColour, mayRetry } from './deliveryStatus';

/** "Reintentar": back in the queue at once (the outbox never sends it twice). */
const RetryButton = ({ delivery }: { delivery: Delivery }) => {
  const { run, pending } = useCommunicationAction();
  return (
    <Button
      label="resources.deliveries.retry"
      size="small"
      variant="outlined"
      disabled={pending}
      onClick={() => void run((provider) => provider.retryDelivery(delivery.id), 'resources.deliveries.retried')}
    >
      <ReplayIcon />
    </Button>
  );
};

/**
 * A piece's deliveries: where each stands, how many attempts, the last error, the post's
 * address once out, and "Reintentar" for press on one that failed or waits for a person.
 */
export const PieceDeliveries = ({ pieceId }: { pieceId: string }) => {
  const translate = useTranslate();
  const { format } = useFormatDateTime();
  const read = useCanAccess({ resource: 'deliveries', action: 'list' });
  const retry = useCanAccess({ resource: 'pieces', action: 'edit' });
  const { data, isPending, error } = useGetList<Delivery>(
    'deliveries',
    { filter: { piece: pieceId }, sort: { field: 'createdAt', order: 'DESC' }, pagination: { page: 1, perPage: 20 } },
    { enabled: read.canAccess === true },
  );
  if (read.canAccess !== true) return null;
  return (
    <Box component="section" aria-labelledby={`deliveries-${pieceId}`} sx={{ mt: 2 }}>
      <Typography id={`deliveries-${pieceId}`} variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {translate('resources.deliveries.title')}
      </Typography>
      {error ? (
        <Alert severity="warning">{translate('ra.notification.http_error')}</Alert>
      ) : isPending ? (
        <Skeleton variant="rectangular" height={48} />
      ) : !data?.length ? (
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {translate('resources.deliveries.empty')}
        </Typography>
      ) : (
        <Table size="small" aria-labelledby={`deliveries-${pieceId}`}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.deliveries.fields.status')}</TableCell>
              <TableCell align="right">{translate('resources.deliveries.fields.attempts')}</TableCell>
              <TableCell>{translate('resources.deliveries.fields.lastError')}</TableCell>
              <TableCell>{translate('resources.deliveries.fields.externalUrl')}</TableCell>
              <TableCell>{translate('resources.deliveries.fields.updatedAt')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {data.map((delivery) => (
              <TableRow key={delivery.id}>
                <TableCell>
                  <Chip size="small" color={deliveryColour(delivery.status)} label={translate(`resources.deliveries.statuses.${delivery.status}`, { _: delivery.status })} />
                  {delivery.channelConfigured === false && (
                    <Typography variant="caption" component="p" sx={{ mt: 0.5, maxWidth: 280 }}>
                      {translate('resources.deliveries.not_configured')}
                    </Typography>
                  )}
                </TableCell>
                <TableCell align="right">{delivery.attempts ?? 0}</TableCell>
                <TableCell sx={{ maxWidth: 320, wordBreak: 'break-word' }}>{delivery.lastError || '—'}</TableCell>
                <TableCell>
                  {delivery.externalUrl ? (
                    <MuiLink href={delivery.externalUrl} target="_blank" rel="noopener noreferrer" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
                      {translate('resources.deliveries.open')}
                      <OpenInNewIcon fontSize="inherit" />
                    </MuiLink>
                  ) : (
                    '—'
                  )}
                </TableCell>
                <TableCell>{format(delivery.updatedAt)}</TableCell>
                <TableCell>{retry.canAccess === true && mayRetry(delivery.status) && <RetryButton delivery={delivery} />}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
};
