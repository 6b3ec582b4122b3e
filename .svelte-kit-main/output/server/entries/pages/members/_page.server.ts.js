import { t as searchDirectory } from "../../../chunks/directory.js";
import { r as chapterSummary } from "../../../chunks/queries.js";
import { t as chapterName } from "../../../chunks/names.js";
import { n as countryOptions, t as countryName } from "../../../chunks/countries.js";
import { n as languageName, r as languageOptions } from "../../../chunks/languages.js";
import { a as runQuery } from "../../../chunks/http.js";
import { r as organisationName } from "../../../chunks/cached.js";
// src/routes/members/+page.server.ts
var load = async ({ locals, url }) => {
	const actor = locals.member ? {
		id: locals.member.id,
		tier: locals.member.tier
	} : null;
	const raw = Object.fromEntries(url.searchParams);
	const result = await runQuery(() => searchDirectory(locals.db, actor, raw));
	let chapter = null;
	if (result.input.chapter) {
		const found = await chapterSummary(locals.db, result.input.chapter);
		if (found) chapter = {
			slug: found.slug,
			name: chapterName(found, locals.locale, await organisationName(locals.db, locals.locale))
		};
	}
	const nextParams = new URLSearchParams(url.searchParams);
	if (result.next) nextParams.set("after", String(result.next));
	return {
		entries: result.entries.map((e) => ({
			...e,
			countryName: countryName(e.country, locals.locale),
			languageNames: e.languages.map((l) => languageName(l, locals.locale))
		})),
		next: result.next ? `?${nextParams}` : null,
		paged: !!result.input.after,
		filters: {
			q: result.input.q ?? "",
			country: result.input.country ?? "",
			language: result.input.language ?? "",
			chapter: result.input.chapter ?? ""
		},
		chapter,
		countries: countryOptions(locals.locale),
		languages: languageOptions(locals.locale)
	};
};
export { load };
