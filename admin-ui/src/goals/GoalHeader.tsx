import type { ReactNode } from 'react';
import { Box, Stack, Typography } from '@mui/material';
import { ReferenceField, SelectField, useRecordContext, useTranslate } from 'react-admin';
import { DayField } from '../agenda/DayField';
import { goalStatusChoices } from './choices';
import { HealthChip, HealthReasons } from './HealthChip';
import { ProgressBars } from './ProgressBars';
import type { Goal } from './types';

const Labelled = ({ label, children }: { label: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box>
      <Typography variant="caption" component="p" sx={{ color: 'text.secondary' }}>
        {translate(label)}
      </Typography>
      <Box sx={{ typography: 'body2' }}>{children}</Box>
    </Box>
  );
};

/** The goal at a glance: its health and why, actual against planned progress, who and when. */
export const GoalHeader = () => {
  const translate = useTranslate();
  const goal = useRecordContext<Goal>();
  if (!goal) return null;
  return (
    <Box component="header">
      <Typography variant="overline" component="p" sx={{ color: 'text.secondary' }}>
        {goal.code}
      </Typography>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <Typography variant="h5" component="h1">
          {goal.title}
        </Typography>
        <HealthChip health={goal.health} size="medium" />
      </Stack>
      {goal.description && (
        <Typography variant="body1" sx={{ mt: 1, whiteSpace: 'pre-wrap' }}>
          {goal.description}
        </Typography>
      )}
      <Box component="section" aria-labelledby="goal-why-title" sx={{ mt: 2, p: 2, bgcolor: 'grey.50', borderRadius: 1, border: 1, borderColor: 'divider' }}>
        <Typography id="goal-why-title" variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
          {translate('resources.goals.health.why')}
        </Typography>
        <HealthReasons reasons={goal.healthReasons} details={goal.healthReasonDetails} />
        <Box sx={{ mt: 1, maxWidth: 420 }}>
          <ProgressBars actual={goal.actualPercent} planned={goal.plannedPercent} />
        </Box>
      </Box>
      <Box sx={{ mt: 2, display: 'grid', gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(5, auto)' }, gap: 2, justifyContent: 'start' }}>
        <Labelled label="resources.goals.fields.status">
          <SelectField source="status" choices={goalStatusChoices} />
        </Labelled>
        <Labelled label="resources.goals.fields.manager">
          <ReferenceField source="manager" reference="members" link={false} emptyText="—" />
        </Labelled>
        <Labelled label="resources.goals.fields.followUpOfficer">
          <ReferenceField source="followUpOfficer" reference="members" link={false} emptyText="—" />
        </Labelled>
        <Labelled label="resources.goals.fields.startDate">
          <DayField source="startDate" emptyText="—" />
        </Labelled>
        <Labelled label="resources.goals.fields.targetDate">
          <DayField source="targetDate" emptyText="—" />
        </Labelled>
      </Box>
    </Box>
  );
};
