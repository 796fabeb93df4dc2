import { ReferenceField, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { Stack, Typography } from '@mui/material';
import type { Communication } from './types';

/** The record a communication comes from, by name (a milestone or an activity), under its kind. */
export const OriginField = (_props: { source?: string; label?: string }) => {
  const translate = useTranslate();
  const record = useRecordContext<Communication>();
  const resource = record?.origin === 'activity' ? 'activities' : record?.origin === 'milestone' ? 'milestones' : 'goals';
  const { canAccess } = useCanAccess({ resource, action: 'show' });
  if (!record) return null;
  const reference = !canAccess
    ? null
    : record.origin === 'milestone' && record.milestone ? (
      <ReferenceField source="milestone" reference="milestones" link={false} />
    ) : record.origin === 'activity' && record.activity ? (
      <ReferenceField source="activity" reference="activities" link={false} />
    ) : record.origin === 'goal' && record.goal ? (
      <ReferenceField source="goal" reference="goals" link={false} />
    ) : null;
  return (
    <Stack>
      <Typography variant="caption" sx={{ color: 'text.secondary' }}>
        {translate(`resources.communications.origins.${record.origin}`, { _: record.origin })}
      </Typography>
      {reference}
    </Stack>
  );
};
