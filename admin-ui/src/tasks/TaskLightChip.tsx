import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { isTaskLight } from '@sigobito/config/contracts';
import { exportsAs } from '../common/exportCells';
import { LIGHT_STYLES, taskLightChoices } from './lights';

export const TaskLightChip = ({ light }: { light: unknown }) => {
  const translate = useTranslate();
  if (!isTaskLight(light)) return null;
  const { background, colour } = LIGHT_STYLES[light];
  return <Chip size="small" label={translate(`resources.tasks.lights.${light}`)} sx={{ bgcolor: background, color: colour, fontWeight: 600 }} />;
};

/** The traffic light of the task in context. */
export const TaskLightField = exportsAs(
  (_props: { source?: string; label?: string; sortable?: boolean }) => {
    const record = useRecordContext<{ light?: string }>();
    return record ? <TaskLightChip light={record.light} /> : null;
  },
  () => ({ kind: 'choice', source: 'light', choices: taskLightChoices }),
);
