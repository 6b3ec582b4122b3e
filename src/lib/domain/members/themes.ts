/**
 * The colours a member can choose: light, dark, or the system's (the browser's own preference).
 * Kept on the browser in a cookie, and on the account once a member chooses while logged in, so
 * their choice follows them to every browser they log in on.
 */
export const THEMES = ['light', 'dark', 'system'] as const;
export type Theme = (typeof THEMES)[number];

export const isTheme = (value: unknown): value is Theme => THEMES.includes(value as Theme);
