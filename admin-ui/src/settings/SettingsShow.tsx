import { EmailField, FunctionField, ImageField, NumberField, SelectField, TextField, UrlField, useTranslate } from 'react-admin';
import { approverRolesOf } from '../communications/workflow';
import { mayorTitleChoices } from './mayorTitles';
import { SectionTitle } from '../common/SectionTitle';
import { ShowView } from '../common/ShowView';
import { THRESHOLDS } from './thresholds';

/** Who approves communications (the mayor when the settings name nobody). */
const ApproversField = (_props: { source: string }) => {
  const translate = useTranslate();
  return (
    <FunctionField
      source="communicationApprovers"
      render={(record: { communicationApprovers?: unknown }) => approverRolesOf(record).map((role) => translate(`resources.members.roles.${role}`)).join(', ')}
    />
  );
};

export const SettingsShow = () => (
  <ShowView title="resources.settings.name" historyScope="resource">
    <SectionTitle title="resources.settings.sections.municipality" label={false} />
    <TextField source="municipalityName" />
    <TextField source="shortName" />
    <SelectField source="mayorTitle" choices={mayorTitleChoices} />
    <TextField source="timeZone" />
    <EmailField source="contactEmail" />
    <UrlField source="website" />
    <ImageField source="logo.url" title="logo.name" label="resources.settings.fields.logo" emptyText="—" sx={{ '& img': { maxWidth: 240, maxHeight: 120, objectFit: 'contain' } }} />
    <SectionTitle title="resources.settings.sections.map" label={false} />
    <TextField source="mapTileUrl" emptyText="—" />
    <TextField source="mapTileAttribution" emptyText="—" />
    <SectionTitle title="resources.settings.sections.communication" label={false} />
    <ApproversField source="communicationApprovers" />
    <SectionTitle title="resources.settings.sections.thresholds" label={false} />
    {THRESHOLDS.map(({ source }) => (
      <NumberField key={source} source={source} />
    ))}
  </ShowView>
);
