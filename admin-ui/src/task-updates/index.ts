import NoteIcon from '@mui/icons-material/Note';

/** Follow-up entries: shown and added inline on a task's page, no views of their own. */
export const taskUpdates = {
  icon: NoteIcon,
  recordRepresentation: 'note',
};
