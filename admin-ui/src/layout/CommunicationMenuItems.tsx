import AssessmentIcon from '@mui/icons-material/Assessment';
import EventNoteIcon from '@mui/icons-material/EventNote';
import LightbulbIcon from '@mui/icons-material/Lightbulb';
import { Menu, useCanAccess, useTranslate } from 'react-admin';
import { COMMUNICATION_CALENDAR_PATH, COMMUNICATION_REPORTS_PATH, OPPORTUNITIES_PATH } from '../communications/routes';

/**
 * "Comunicación" for whoever reads communications, with its calendar and reports;
 * "Oportunidades" for who prepares them (press).
 */
export const CommunicationMenuItems = () => {
  const translate = useTranslate();
  const read = useCanAccess({ resource: 'communications', action: 'list' });
  const edit = useCanAccess({ resource: 'communications', action: 'edit' });
  if (read.canAccess !== true) return null;
  return (
    <>
      <Menu.ResourceItem name="communications" primaryText={translate('sigobito.communications.menu.communications')} />
      {edit.canAccess === true && <Menu.Item to={OPPORTUNITIES_PATH} primaryText={translate('sigobito.communications.menu.opportunities')} leftIcon={<LightbulbIcon />} />}
      <Menu.Item to={COMMUNICATION_CALENDAR_PATH} primaryText={translate('sigobito.communications.menu.calendar')} leftIcon={<EventNoteIcon />} />
      <Menu.Item to={COMMUNICATION_REPORTS_PATH} primaryText={translate('sigobito.communications.menu.reports')} leftIcon={<AssessmentIcon />} />
    </>
  );
};
