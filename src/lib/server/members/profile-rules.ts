import { Invalid, type FieldErrors } from '$lib/server/errors';
import { isCountryCode } from '$lib/server/geo/countries';
import { isLanguageCode } from '$lib/server/geo/languages';

/** Facts a profile must get right that the input shape cannot know: real countries and languages. */
export function checkProfileFacts(input: { country: string; languages: string[] }): void {
	const fields: FieldErrors = {};
	if (!isCountryCode(input.country)) fields.country = 'error_country_unknown';
	if (input.languages.some((code) => !isLanguageCode(code)))
		fields.languages = 'error_language_unknown';
	if (new Set(input.languages).size !== input.languages.length)
		fields.languages = 'error_language_unknown';
	if (Object.keys(fields).length) throw new Invalid('error_form', fields);
}
