import { Box, Card, CardActions, CardContent, Stack, Typography } from '@mui/material';
import { Button, Link, RecordContextProvider, ReferenceField, useTranslate } from 'react-admin';
import { DayField } from '../agenda/DayField';
import type { Milestone } from '../milestones/types';
import { AroKindChip, AroSeverityChip } from './AroChips';
import type { Aro } from './types';

type AroCardProps = {
  aro: Aro;
  milestones: readonly Milestone[];
  mayEdit: boolean;
  mayTreat: boolean;
  mayEscalate: boolean;
  onAction: (action: AroAction) => void;
};

export type AroAction = 'edit' | 'treat' | 'escalate';

/**
 * One ARO on the board: kind, severity, title, responsible, due date; the actions the caller's
 * role has. The dialogs live on the board: treating or escalating moves the card to another
 * column, which would close a dialog the card held.
 */
export const AroCard = ({ aro, milestones, mayEdit, mayTreat, mayEscalate, onAction }: AroCardProps) => {
  const translate = useTranslate();
  const milestone = milestones.find((m) => m.id === aro.milestone);
  const hasActions = mayEdit || mayTreat || mayEscalate;

  return (
    <RecordContextProvider value={aro}>
      <Card variant="outlined" component="article" aria-label={aro.title} sx={{ mb: 1 }}>
        <CardContent sx={{ pb: 1, '&:last-child': { pb: 1 } }}>
          <Stack direction="row" sx={{ gap: 0.5, flexWrap: 'wrap', mb: 1 }}>
            <AroKindChip kind={aro.kind} />
            <AroSeverityChip severity={aro.severity} />
          </Stack>
          <Typography variant="subtitle2" component="h4">
            {aro.title}
          </Typography>
          {aro.description && (
            <Typography variant="body2" sx={{ color: 'text.secondary', whiteSpace: 'pre-wrap' }}>
              {aro.description}
            </Typography>
          )}
          <Box sx={{ mt: 1, display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 1, rowGap: 0.25, typography: 'caption' }}>
            <span>{translate('resources.aros.fields.responsible')}:</span>
            <ReferenceField source="responsible" reference="members" link={false} emptyText="—" sx={{ '& *': { fontSize: 'inherit' } }} />
            {aro.dueDate && (
              <>
                <span>{translate('resources.aros.fields.dueDate')}:</span>
                <DayField source="dueDate" sx={{ fontSize: 'inherit' }} />
              </>
            )}
            {milestone && (
              <>
                <span>{translate('resources.aros.fields.milestone')}:</span>
                <span>{`${milestone.order}. ${milestone.title}`}</span>
              </>
            )}
          </Box>
          {aro.treatmentNotes && (
            <Typography variant="body2" sx={{ mt: 1, whiteSpace: 'pre-wrap' }}>
              <strong>{translate('resources.aros.fields.treatmentNotes')}:</strong> {aro.treatmentNotes}
            </Typography>
          )}
          {(aro.tasks ?? []).map((taskId) => (
            <Typography key={taskId} variant="body2" sx={{ mt: 0.5 }}>
              <Link to={`/tasks/${encodeURIComponent(taskId)}/show`}>{translate('resources.aros.escalate.open_task')}</Link>
            </Typography>
          ))}
        </CardContent>
        {hasActions && (
          <CardActions sx={{ flexWrap: 'wrap', gap: 0.5, pt: 0 }}>
            {mayTreat && <Button label="resources.aros.actions.treat" onClick={() => onAction('treat')} size="small" variant="outlined" />}
            {mayEscalate && (
              <Button label="resources.aros.actions.escalate" onClick={() => onAction('escalate')} size="small" variant="outlined" color="warning" />
            )}
            {mayEdit && <Button label="ra.action.edit" onClick={() => onAction('edit')} size="small" />}
          </CardActions>
        )}
      </Card>
    </RecordContextProvider>
  );
};
