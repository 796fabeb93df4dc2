import { Box } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { isColour } from './colour';

export const ColourSwatch = ({ colour }: { colour: unknown }) =>
  isColour(colour) ? (
    <Box
      component="span"
      aria-hidden="true"
      sx={{
        display: 'inline-block',
        width: 16,
        height: 16,
        borderRadius: '4px',
        border: 1,
        borderColor: 'divider',
        bgcolor: colour,
        verticalAlign: 'middle',
      }}
    />
  ) : null;

/** The colour of the record in context: a swatch followed by its code. */
export const ColourField = ({ source = 'colour' }: { source?: string; label?: string }) => {
  const record = useRecordContext();
  const colour: unknown = record?.[source];
  if (typeof colour !== 'string' || colour === '') return null;
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 1 }}>
      <ColourSwatch colour={colour} />
      <span>{colour}</span>
    </Box>
  );
};
