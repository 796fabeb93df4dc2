import { Box, Stack, Typography } from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { useTranslate } from 'react-admin';
import { CONFLICT_COLOUR } from './calendarEvents';
import { ACTIVITY_STATUSES, STATUS_COLOURS } from './choices';

const Swatch = ({ colour, dashed, struck, label }: { colour: string; dashed?: boolean; struck?: boolean; label: string }) => (
  <Stack direction="row" sx={{ alignItems: 'center', gap: 0.5 }}>
    <Box
      aria-hidden
      sx={{
        width: 16,
        height: 12,
        borderRadius: 0.5,
        bgcolor: colour,
        opacity: dashed ? 0.7 : 1,
        border: dashed ? '2px dashed #000' : 'none',
      }}
    />
    <Typography variant="body2" sx={{ textDecoration: struck ? 'line-through' : 'none' }}>
      {label}
    </Typography>
  </Stack>
);

/** What the colours and marks of the calendar mean. */
export const CalendarLegend = () => {
  const translate = useTranslate();
  return (
    <Stack
      component="section"
      aria-label={translate('sigobito.agenda.calendar.legend')}
      direction="row"
      sx={{ flexWrap: 'wrap', gap: 2, alignItems: 'center', mt: 1 }}
    >
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {translate('sigobito.agenda.calendar.legend')}:
      </Typography>
      {ACTIVITY_STATUSES.map((status) => (
        <Swatch
          key={status}
          colour={STATUS_COLOURS[status]}
          dashed={status === 'tentative'}
          struck={status === 'cancelled'}
          label={translate(`resources.activities.statuses.${status}`)}
        />
      ))}
      <Stack direction="row" sx={{ alignItems: 'center', gap: 0.5 }}>
        <LockIcon fontSize="small" aria-hidden />
        <Typography variant="body2">{translate('resources.activities.visibilities.private')}</Typography>
      </Stack>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 0.5 }}>
        <Box aria-hidden sx={{ width: 16, height: 12, border: `3px solid ${CONFLICT_COLOUR}`, borderRadius: 0.5 }} />
        <WarningAmberIcon fontSize="small" sx={{ color: CONFLICT_COLOUR }} aria-hidden />
        <Typography variant="body2">{translate('resources.activities.conflict')}</Typography>
      </Stack>
    </Stack>
  );
};
