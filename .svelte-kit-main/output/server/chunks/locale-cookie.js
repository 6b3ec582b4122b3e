// src/lib/server/locale-cookie.ts
/** The language a visitor picked with the switcher before (or without) logging in. */
var LOCALE_COOKIE = "plenary_locale";
export { LOCALE_COOKIE as t };
