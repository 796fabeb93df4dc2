import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { AroKind, AroSeverity } from '@sigobito/config/contracts';

const KIND_COLOURS: Record<AroKind, { background: string; colour: string }> = {
  alert: { background: '#ffb300', colour: '#212121' },
  restriction: { background: '#c62828', colour: '#ffffff' },
  opportunity: { background: '#2e7d32', colour: '#ffffff' },
};

/** "Alerta", "Restricción", "Oportunidad" — colour and word. */
export const AroKindChip = ({ kind }: { kind: AroKind }) => {
  const translate = useTranslate();
  const { background, colour } = KIND_COLOURS[kind] ?? KIND_COLOURS.alert;
  return <Chip size="small" label={translate(`resources.aros.kinds.${kind}`)} sx={{ bgcolor: background, color: colour, fontWeight: 600 }} />;
};

/** "Severidad alta" as an outlined chip (bold when high). */
export const AroSeverityChip = ({ severity }: { severity: AroSeverity }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      variant="outlined"
      label={translate('resources.aros.severity_label', { severity: translate(`resources.aros.severities.${severity}`) })}
      sx={severity === 'high' ? { fontWeight: 700, borderColor: '#c62828', color: '#b71c1c' } : undefined}
    />
  );
};
