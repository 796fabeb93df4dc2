import { translatedChoices } from '../common/choices';

export const REQUEST_KINDS = ['invitation', 'audience', 'attention'] as const;
export const REQUEST_CHANNELS = ['letter', 'email', 'phone', 'in_person', 'web_form'] as const;

export const requestKindChoices = translatedChoices(REQUEST_KINDS, 'resources.requests.kinds');
export const requestChannelChoices = translatedChoices(REQUEST_CHANNELS, 'resources.requests.channels');
