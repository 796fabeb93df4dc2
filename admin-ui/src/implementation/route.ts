export const IMPLEMENTATION_GUIDE_PATH = '/implementation-guide';
