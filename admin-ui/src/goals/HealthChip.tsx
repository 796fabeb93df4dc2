import { Box, Chip, List, ListItem, Tooltip, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { isGoalHealth } from '@sigobito/config/contracts';
import { healthReasonTexts, type HealthReasonDetail } from '../common/codedMessages';
import { exportsAs } from '../common/exportCells';
import { goalHealthChoices, HEALTH_STYLES } from './health';
import type { Goal } from './types';

/** The goal's health: its colour and its name ("Con retraso"), never the colour alone. */
export const HealthChip = ({ health, size = 'small' }: { health: unknown; size?: 'small' | 'medium' }) => {
  const translate = useTranslate();
  if (!isGoalHealth(health)) return null;
  const { background, colour } = HEALTH_STYLES[health];
  return <Chip size={size} label={translate(`resources.goals.healths.${health}`)} sx={{ bgcolor: background, color: colour, fontWeight: 600 }} />;
};

/** Why a goal is in its state, in the user's language (its coded `details`); "no observations" when there is nothing to say. */
export const HealthReasons = ({ reasons: texts, details, dense = false }: { reasons: readonly string[] | undefined; details?: readonly HealthReasonDetail[]; dense?: boolean }) => {
  const translate = useTranslate();
  const reasons = healthReasonTexts(translate, texts, details);
  if (!reasons.length) {
    return (
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        {translate('resources.goals.health.no_reasons')}
      </Typography>
    );
  }
  return (
    <List dense disablePadding sx={{ listStyle: 'disc', pl: 2.5 }}>
      {reasons.map((reason) => (
        <ListItem key={reason} disableGutters sx={{ display: 'list-item', py: dense ? 0 : 0.25 }}>
          <Typography variant="body2">{reason}</Typography>
        </ListItem>
      ))}
    </List>
  );
};

/** The chip, and the first reason on a secondary line (all of them in the tooltip). */
const HealthWithReasons = () => {
  const record = useRecordContext<Goal>();
  const translate = useTranslate();
  if (!record) return null;
  const reasons = healthReasonTexts(translate, record.healthReasons, record.healthReasonDetails);
  const chip = (
    <Box component="span" sx={{ display: 'inline-flex' }}>
      <HealthChip health={record.health} />
    </Box>
  );
  return (
    <Box sx={{ minWidth: 140, maxWidth: 280 }}>
      {reasons.length ? <Tooltip title={<HealthReasons reasons={reasons} dense />}>{chip}</Tooltip> : chip}
      {reasons.length > 0 && (
        <Typography variant="caption" component="p" sx={{ color: 'text.secondary', mt: 0.5, lineHeight: 1.3 }}>
          {reasons[0]}
          {reasons.length > 1 ? ` (+${reasons.length - 1})` : ''}
        </Typography>
      )}
    </Box>
  );
};

/**
 * In lists: the health and why, so the list says why without opening the goal. In a file: the
 * health, and every reason in a column of its own.
 */
export const HealthField = exportsAs(
  (_props: { source?: string; label?: string; sortable?: boolean }) => <HealthWithReasons />,
  () => [
    { source: 'health', cell: { kind: 'choice', source: 'health', choices: goalHealthChoices } },
    {
      label: 'resources.goals.health.why',
      cell: {
        kind: 'computed',
        value: (record, { translate }) => {
          const goal = record as Partial<Goal>;
          return healthReasonTexts(translate, goal.healthReasons, goal.healthReasonDetails).join('; ');
        },
      },
    },
  ],
);
