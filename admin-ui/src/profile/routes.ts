/** The user menu's own pages (custom routes): their paths apart from the pages, so the menu loads without them. */
export const MY_NOTIFICATIONS_PATH = '/my-notifications';
export const CHANGE_PASSWORD_PATH = '/my-password';
