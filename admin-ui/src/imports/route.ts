export const IMPORT_PATH = '/imports';
