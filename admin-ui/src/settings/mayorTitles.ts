import { MAYOR_TITLES } from '@sigobito/config/contracts';
import { translatedChoices } from '../common/choices';

export const mayorTitleChoices = translatedChoices(MAYOR_TITLES, 'resources.settings.mayorTitles');
