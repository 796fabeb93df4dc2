import {
  AutocompleteInput,
  CheckboxGroupInput,
  email,
  maxValue,
  minValue,
  NumberInput,
  required,
  SelectInput,
  TextInput,
  useRecordContext,
} from 'react-admin';
import { mapTileUrlProblem } from '@sigobito/config/contracts';
import { LogoInput } from '../common/FileInputs';
import { roleChoices } from '../members/roles';
import { mayorTitleChoices } from './mayorTitles';
import { SectionTitle } from '../common/SectionTitle';
import { THRESHOLDS } from './thresholds';
import { timeZoneChoices } from './timeZones';

const validateWebsite = (value: unknown): string | undefined =>
  value == null || value === '' || (typeof value === 'string' && /^https?:\/\/\S+$/.test(value))
    ? undefined
    : 'resources.settings.validation.website';

const validateMapTileUrl = (value: unknown): string | undefined => (mapTileUrlProblem(value) ? 'sigobito.errors.invalid_url.tile' : undefined);

export const SettingsInputs = () => {
  const record = useRecordContext<{ timeZone?: string | null }>();
  return (
    <>
      <SectionTitle title="resources.settings.sections.municipality" />
      <TextInput source="municipalityName" validate={required()} />
      <TextInput source="shortName" />
      <SelectInput source="mayorTitle" choices={mayorTitleChoices} validate={required()} helperText="resources.settings.helpers.mayorTitle" />
      <AutocompleteInput source="timeZone" choices={timeZoneChoices(record?.timeZone)} validate={required()} />
      <TextInput source="contactEmail" type="email" validate={email()} />
      <TextInput source="website" type="url" validate={validateWebsite} helperText="resources.settings.helpers.website" />
      <LogoInput source="logo" />

      <SectionTitle title="resources.settings.sections.map" />
      <TextInput source="mapTileUrl" type="url" validate={validateMapTileUrl} helperText="resources.settings.helpers.mapTileUrl" />
      <TextInput source="mapTileAttribution" helperText="resources.settings.helpers.mapTileAttribution" />

      <SectionTitle title="resources.settings.sections.communication" />
      <CheckboxGroupInput source="communicationApprovers" choices={roleChoices} helperText="resources.settings.helpers.communicationApprovers" />

      <SectionTitle title="resources.settings.sections.thresholds" />
      {THRESHOLDS.map(({ source, min, max }) => (
        <NumberInput
          key={source}
          source={source}
          min={min}
          max={max}
          step={1}
          validate={[required(), minValue(min), maxValue(max)]}
          helperText={`resources.settings.helpers.${source}`}
        />
      ))}
    </>
  );
};
