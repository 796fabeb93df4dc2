import { Box, Typography } from '@mui/material';
import { lazy, Suspense } from 'react';
import { TextInput, useTranslate } from 'react-admin';
import { formatGeometry, geometryTextError } from './geometry';

// Leaflet is loaded with the place form only, never with the rest of the back office.
const PlaceMapEditor = lazy(() => import('./map/PlaceMapEditor').then((m) => ({ default: m.PlaceMapEditor })));

// Keep exactly what was typed; the data provider turns it into an object on save.
const keepText = (value: string) => value;

/** The place's location: drawn on the map, or typed as GeoJSON below it (both edit the same value). */
export const GeometryInput = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ width: '100%', maxWidth: 720 }}>
      <Suspense fallback={<Typography variant="body2">{translate('resources.places.map.loading')}</Typography>}>
        <PlaceMapEditor source="geometry" />
      </Suspense>
      <TextInput
        source="geometry"
        multiline
        fullWidth
        minRows={4}
        maxRows={16}
        format={formatGeometry}
        parse={keepText}
        validate={geometryTextError}
        helperText="resources.places.helpers.geometry"
        slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace' } } }}
      />
    </Box>
  );
};
