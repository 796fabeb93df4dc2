import { useState } from 'react';
import { Card, CardContent, FormControl, FormControlLabel, FormLabel, Radio, RadioGroup, Stack } from '@mui/material';
import { AccessDenied, Loading, Title, useTranslate } from 'react-admin';
import { ImportPanel } from './ImportPanel';
import type { ImportTarget } from './types';
import { useImportTargets } from './useImportTargets';

/** "Importar CSV": bulk load of actors, themes and places (the first step of an implementation). */
export const ImportPage = () => {
  const translate = useTranslate();
  const { targets, isPending } = useImportTargets();
  const [chosen, setChosen] = useState<ImportTarget | null>(null);

  if (isPending) return <Loading />;
  if (targets.length === 0) return <AccessDenied />;
  const target = chosen && targets.includes(chosen) ? chosen : targets[0];

  return (
    <Card sx={{ mt: 2 }}>
      <Title title="sigobito.imports.title" />
      <CardContent>
        <Stack spacing={3}>
          <FormControl>
            <FormLabel id="import-target-label">{translate('sigobito.imports.target')}</FormLabel>
            <RadioGroup
              row
              aria-labelledby="import-target-label"
              name="import-target"
              value={target}
              onChange={(event) => setChosen(event.target.value as ImportTarget)}
            >
              {targets.map((option) => (
                <FormControlLabel
                  key={option}
                  value={option}
                  control={<Radio />}
                  label={translate(`resources.${option}.name`, { smart_count: 2 })}
                />
              ))}
            </RadioGroup>
          </FormControl>
          <ImportPanel key={target} target={target} />
        </Stack>
      </CardContent>
    </Card>
  );
};
