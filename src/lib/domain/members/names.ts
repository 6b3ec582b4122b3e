/**
 * The short form of a name that visitors see when a member does not show their full name: the
 * first word and the initial of the last ("Nadia Haddad" → "Nadia H."). One definition for the
 * database (the `members.short_name` generated column) and for TypeScript. Pure: no I/O here.
 */

// The word separators JavaScript's `\s` and `trim()` know, spelled out so that PostgreSQL splits
// a name exactly where TypeScript does whatever the database's locale (a no-break space between
// two names must not make them one word and show the surname).
const SPACE = String.raw`\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff`;

/** Leading and trailing separators (a regular expression for PostgreSQL and JavaScript). */
export const NAME_TRIM = String.raw`^[${SPACE}]+|[${SPACE}]+$`;
/** Two or more words: the first is \1, the initial of the last is \3. */
export const NAME_FIRST_AND_INITIAL = String.raw`^([^${SPACE}]+)([${SPACE}]+[^${SPACE}]+)*[${SPACE}]+([^${SPACE}])[^${SPACE}]*$`;
export const NAME_INITIAL_OF_LAST = String.raw`\1 \3.`;

const SPACES = new RegExp(`[${SPACE}]+`, 'u');

export function shortName(displayName: string): string {
	const words = displayName.replace(new RegExp(NAME_TRIM, 'gu'), '').split(SPACES);
	if (words.length < 2) return words[0] ?? '';
	const last = [...words[words.length - 1]][0] ?? '';
	return `${words[0]} ${last}.`;
}
