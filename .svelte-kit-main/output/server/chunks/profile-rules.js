import { o as Invalid } from "./errors.js";
import { r as isCountryCode } from "./countries.js";
import { t as isLanguageCode } from "./languages.js";
import { z } from "zod";
// src/lib/server/geo/time-zones.ts
var listed = Intl.supportedValuesOf("timeZone");
function isTimeZone(zone) {
	if (!zone || zone.length > 64 || !/^[A-Za-z0-9_+\-/]+$/.test(zone)) return false;
	try {
		new Intl.DateTimeFormat("en", { timeZone: zone });
		return true;
	} catch {
		return false;
	}
}
/** The zones to offer, always including the member's own (which may be a newer spelling). */
function timeZoneOptions(current) {
	const zones = new Set(listed);
	zones.add("UTC");
	if (current && isTimeZone(current)) zones.add(current);
	return [...zones].sort();
}
// src/lib/schemas/accounts.ts
/**
* Input shapes for accounts and profiles, shared by forms and the API. Messages are translation
* keys (see messages/*.json); pages show them next to the field in the reader's language.
* Country, language and time-zone lists are checked by the commands, which own that data.
*/
var RESERVED_HANDLES = /* @__PURE__ */ new Set([
	"admin",
	"administrator",
	"api",
	"dev",
	"settings",
	"login",
	"logout",
	"signup",
	"join",
	"about",
	"help",
	"support",
	"plenary",
	"root",
	"system",
	"moderator",
	"null",
	"undefined",
	"me",
	"www",
	"mail",
	"static",
	"members",
	"chapters"
]);
var COMMON_PASSWORDS = /* @__PURE__ */ new Set([
	"password",
	"password1",
	"password12",
	"password123",
	"1234567890",
	"12345678910",
	"qwertyuiop",
	"iloveyou12",
	"letmein123",
	"welcome123",
	"abcdefghij",
	"0987654321",
	"qwerty1234",
	"passw0rd12",
	"solidarity",
	"revolution",
	"participatory"
]);
var email = z.string({ error: "error_required" }).trim().min(1, { error: "error_required" }).max(254, { error: "error_too_long" }).pipe(z.email({ error: "error_email_invalid" }));
var password = z.string({ error: "error_required" }).min(10, { error: "error_password_short" }).max(200, { error: "error_too_long" }).refine((p) => !COMMON_PASSWORDS.has(p.toLowerCase()) && new Set(p).size > 3, { error: "error_password_weak" });
var handle = z.string({ error: "error_required" }).trim().min(3, { error: "error_handle_short" }).max(30, { error: "error_too_long" }).regex(/^[A-Za-z][A-Za-z0-9_]*$/, { error: "error_handle_format" }).refine((h) => !RESERVED_HANDLES.has(h.toLowerCase()), { error: "error_handle_taken" });
var displayName = z.string({ error: "error_required" }).trim().min(1, { error: "error_required" }).max(80, { error: "error_too_long" });
var country = z.string({ error: "error_required" }).trim().toUpperCase().regex(/^[A-Z]{2}$/, { error: "error_country_unknown" });
var city = z.string().trim().max(100, { error: "error_too_long" }).default("");
var languages = z.array(z.string().max(3, { error: "error_language_unknown" })).max(10, { error: "error_too_many_languages" });
var bio = z.string().trim().max(500, { error: "error_too_long" }).default("");
var profileInput = z.object({
	displayName,
	country,
	city,
	languages,
	bio
});
var signUpInput = profileInput.extend({
	email,
	password,
	handle,
	locale: z.string().default("en"),
	timeZone: z.string().max(64).default("UTC")
});
var logInInput = z.object({
	email: z.string({ error: "error_required" }).trim().min(1, { error: "error_required" }).max(254, { error: "error_too_long" }),
	password: z.string({ error: "error_required" }).min(1, { error: "error_required" }).max(200, { error: "error_too_long" })
});
var emailOnlyInput = z.object({ email });
var resetPasswordInput = z.object({
	token: z.string().min(10).max(100),
	password
});
var changePasswordInput = z.object({
	currentPassword: z.string({ error: "error_required" }).min(1, { error: "error_required" }).max(200),
	newPassword: password
});
var changeEmailInput = z.object({
	email,
	currentPassword: z.string({ error: "error_required" }).min(1, { error: "error_required" }).max(200)
});
var preferencesInput = z.object({
	locale: z.string().max(10),
	timeZone: z.string().max(64)
});
var deleteAccountInput = z.object({
	currentPassword: z.string({ error: "error_required" }).min(1, { error: "error_required" }).max(200),
	confirmHandle: z.string().trim().max(30)
});
// src/lib/server/members/profile-rules.ts
/** Facts a profile must get right that the input shape cannot know: real countries and languages. */
function checkProfileFacts(input) {
	const fields = {};
	if (!isCountryCode(input.country)) fields.country = "error_country_unknown";
	if (input.languages.some((code) => !isLanguageCode(code))) fields.languages = "error_language_unknown";
	if (new Set(input.languages).size !== input.languages.length) fields.languages = "error_language_unknown";
	if (Object.keys(fields).length) throw new Invalid("error_form", fields);
}
export { emailOnlyInput as a, profileInput as c, isTimeZone as d, timeZoneOptions as f, deleteAccountInput as i, resetPasswordInput as l, changeEmailInput as n, logInInput as o, changePasswordInput as r, preferencesInput as s, checkProfileFacts as t, signUpInput as u };
