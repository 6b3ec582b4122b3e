// src/lib/server/redirects.ts
/**
* Only same-site paths may be redirect targets ("/settings", not "//evil.example" or
* "https://evil.example"), so a crafted link cannot bounce a member to another site.
*/
function safeRedirectTarget(value, fallback = "/") {
	if (typeof value !== "string" || value.length > 500) return fallback;
	if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
	return value;
}
export { safeRedirectTarget as t };
