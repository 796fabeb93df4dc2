import { EmailField, NumberField, TextField, UrlField } from 'react-admin';
import { SectionTitle } from '../common/SectionTitle';
import { ShowView } from '../common/ShowView';
import { THRESHOLDS } from './thresholds';

export const SettingsShow = () => (
  <ShowView title="resources.settings.name" historyScope="resource">
    <SectionTitle title="resources.settings.sections.municipality" label={false} />
    <TextField source="municipalityName" />
    <TextField source="shortName" />
    <TextField source="timeZone" />
    <EmailField source="contactEmail" />
    <UrlField source="website" />
    <SectionTitle title="resources.settings.sections.thresholds" label={false} />
    {THRESHOLDS.map(({ source }) => (
      <NumberField key={source} source={source} />
    ))}
  </ShowView>
);
