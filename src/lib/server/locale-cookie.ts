/** The language a visitor picked with the switcher before (or without) logging in. */
export const LOCALE_COOKIE = 'plenary_locale';
