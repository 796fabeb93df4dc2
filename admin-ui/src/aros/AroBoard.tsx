import { useState } from 'react';
import AddAlertIcon from '@mui/icons-material/AddAlert';
import { Alert, Box, Paper, Skeleton, Stack, Typography } from '@mui/material';
import { Button, useCanAccess, useGetList, useRecordContext, useTranslate } from 'react-admin';
import { mayWriteUnderGoal } from '../goals/access';
import type { Goal } from '../goals/types';
import { useMe } from '../goals/useMe';
import { useGoalMilestones } from '../milestones/useGoalMilestones';
import { boardColumns, mayEscalateAro, mayTreatAro } from './actions';
import { AroCard, type AroAction } from './AroCard';
import { AroFormDialog } from './AroFormDialog';
import { EscalateAroDialog } from './EscalateAroDialog';
import { TreatAroDialog } from './TreatAroDialog';
import type { Aro } from './types';

/**
 * The goal's ARO as a board: Abierta, En tratamiento, Resuelta, Descartada. Goal managers
 * register and describe them; follow-up treats them and escalates restrictions to the agenda.
 */
export const AroBoard = () => {
  const translate = useTranslate();
  const goal = useRecordContext<Goal>();
  const { me } = useMe();
  const [raising, setRaising] = useState(false);
  // The ARO as it was when its dialog opened: the escalation dialog must outlive the card's move to another column.
  const [open, setOpen] = useState<{ action: AroAction; aro: Aro } | null>(null);
  const close = () => setOpen(null);
  const { data: milestones = [] } = useGoalMilestones(goal?.id);
  // Press reads public goals but not their ARO.
  const { canAccess } = useCanAccess({ resource: 'aros', action: 'list' });
  const { data, isPending, error } = useGetList<Aro>(
    'aros',
    { filter: { goal: goal?.id }, sort: { field: 'createdAt', order: 'DESC' }, pagination: { page: 1, perPage: 500 } },
    { enabled: !!goal && !!canAccess },
  );
  if (!goal || !canAccess) return null;
  const mayRaise = mayWriteUnderGoal(me, goal, 'aros', 'create');
  const mayEdit = mayWriteUnderGoal(me, goal, 'aros', 'edit');
  const mayTreat = mayTreatAro(me);

  return (
    <Box component="section" aria-labelledby="goal-aros-title">
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mt: 3, mb: 1, gap: 1, flexWrap: 'wrap' }}>
        <Typography id="goal-aros-title" variant="h6" component="h2">
          {translate('resources.goals.sections.aros')}
        </Typography>
        {mayRaise && (
          <Button label="resources.aros.actions.raise" onClick={() => setRaising(true)} variant="contained">
            <AddAlertIcon />
          </Button>
        )}
      </Stack>
      {error && <Alert severity="error">{translate('resources.aros.load_error')}</Alert>}
      {isPending ? (
        <Skeleton variant="rectangular" height={160} />
      ) : (
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, 1fr)', lg: 'repeat(4, 1fr)' }, gap: 2 }}>
          {boardColumns(data ?? []).map(({ status, aros }) => (
            <Paper
              key={status}
              component="section"
              variant="outlined"
              aria-labelledby={`aro-column-${status}`}
              sx={{ p: 1, bgcolor: 'grey.50', minHeight: 80 }}
            >
              <Typography id={`aro-column-${status}`} variant="subtitle1" component="h3" sx={{ fontWeight: 600, mb: 1 }}>
                {translate(`resources.aros.columns.${status}`)} ({aros.length})
              </Typography>
              {aros.length === 0 ? (
                <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                  {translate('resources.aros.column_empty')}
                </Typography>
              ) : (
                aros.map((aro) => (
                  <AroCard
                    key={aro.id}
                    aro={aro}
                    milestones={milestones}
                    mayEdit={mayEdit && aro.status !== 'resolved' && aro.status !== 'discarded'}
                    mayTreat={mayTreat}
                    mayEscalate={mayEscalateAro(me, aro)}
                    onAction={(action) => setOpen({ action, aro })}
                  />
                ))
              )}
            </Paper>
          ))}
        </Box>
      )}
      {raising && <AroFormDialog goalId={goal.id} milestones={milestones} open onClose={() => setRaising(false)} />}
      {open?.action === 'edit' && <AroFormDialog goalId={goal.id} milestones={milestones} aro={open.aro} open onClose={close} />}
      {open?.action === 'treat' && <TreatAroDialog aro={open.aro} open onClose={close} />}
      {open?.action === 'escalate' && <EscalateAroDialog aro={open.aro} open onClose={close} />}
    </Box>
  );
};
