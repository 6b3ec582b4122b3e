import { n as organisationFigures } from "./queries3.js";
import { V as instanceSettings, r as translate } from "./i18n.js";
import { inArray } from "drizzle-orm";
// src/lib/server/cache.ts
/**
* A small in-process cache for figures that may be a little old (the organisation's name, its
* headline numbers). Each app process keeps its own copy for `ttlMs`; concurrent misses share one
* computation. Only `key` identifies an entry: the other arguments (the database handle) must not
* change the answer. Never use it for anything a member's permissions decide.
*/
function cached(ttlMs, compute) {
	const entries = /* @__PURE__ */ new Map();
	return (key, ...rest) => {
		const hit = entries.get(key);
		if (hit && Date.now() - hit.at < ttlMs) return hit.value;
		const value = compute(key, ...rest);
		entries.set(key, {
			value,
			at: Date.now()
		});
		value.catch(() => entries.delete(key));
		return value;
	};
}
// src/lib/server/instance/settings.ts
var VALUE_KEYS = [
	"self_management",
	"solidarity",
	"diversity",
	"equity",
	"ecology",
	"internationalism"
];
async function organisationPresentation(db, locale) {
	const rows = await db.select().from(instanceSettings).where(inArray(instanceSettings.key, [
		"org.name",
		"org.tagline",
		"org.mission",
		"org.values"
	]));
	const stored = new Map(rows.map((r) => [r.key, r.value]));
	const pick = (key, fallback) => {
		const value = stored.get(key);
		return value?.[locale] ?? value?.en ?? fallback();
	};
	return {
		name: pick("org.name", () => translate("org_default_name", {}, locale)),
		tagline: pick("org.tagline", () => translate("org_default_tagline", {}, locale)),
		mission: pick("org.mission", () => translate("org_default_mission", {}, locale)),
		values: pick("org.values", () => VALUE_KEYS.map((k) => ({
			title: translate(`value_${k}_title`, {}, locale),
			text: translate(`value_${k}_text`, {}, locale)
		})))
	};
}
// src/lib/server/instance/cached.ts
var presentation = cached(6e4, (locale, db) => organisationPresentation(db, locale));
var figures = cached(6e4, (_key, db) => organisationFigures(db));
function cachedPresentation(db, locale) {
	return presentation(locale, db);
}
async function organisationName(db, locale) {
	return (await presentation(locale, db)).name;
}
function cachedFigures(db) {
	return figures("all", db);
}
export { cached as i, cachedPresentation as n, organisationName as r, cachedFigures as t };
