import { Box } from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import type { EventContentArg } from '@fullcalendar/core';
import { useTranslate } from 'react-admin';

/**
 * One activity on the calendar: time, a lock and "(privada)" for private ones, a warning for
 * conflicts, the status for those that are not simply confirmed.
 */
export const CalendarEventContent = ({ arg }: { arg: EventContentArg }) => {
  const translate = useTranslate();
  const { status, visibility, conflicted, locationText } = arg.event.extendedProps as {
    status?: string;
    visibility?: string;
    conflicted?: boolean;
    locationText?: string | null;
  };
  const isList = arg.view.type.startsWith('list');
  const isPrivate = visibility === 'private';
  return (
    <Box sx={{ overflow: 'hidden', lineHeight: 1.25, px: 0.25 }}>
      {!isList && arg.timeText && (
        <Box component="span" sx={{ fontWeight: 600, mr: 0.5 }}>
          {arg.timeText}
        </Box>
      )}
      {conflicted && (
        <WarningAmberIcon
          titleAccess={translate('resources.activities.conflict')}
          sx={{ fontSize: '1em', verticalAlign: 'text-top', mr: 0.25 }}
        />
      )}
      {isPrivate && <LockIcon aria-hidden sx={{ fontSize: '1em', verticalAlign: 'text-top', mr: 0.25 }} />}
      <Box component="span" className="sg-event-title">
        {arg.event.title}
      </Box>
      {isPrivate && (
        <Box component="span" sx={{ ml: 0.5, fontStyle: 'italic' }}>
          {translate('resources.activities.private_mark')}
        </Box>
      )}
      {status && status !== 'confirmed' && (
        <Box component="span" sx={{ ml: 0.5, fontSize: '0.85em' }}>
          · {translate(`resources.activities.statuses.${status}`)}
        </Box>
      )}
      {isList && locationText && (
        <Box component="span" sx={{ ml: 1, color: 'text.secondary' }}>
          — {locationText}
        </Box>
      )}
    </Box>
  );
};
