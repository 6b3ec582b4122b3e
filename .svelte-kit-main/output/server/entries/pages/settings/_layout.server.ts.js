import { redirect } from "@sveltejs/kit";
// src/routes/settings/+layout.server.ts
var load = async ({ locals, url }) => {
	if (!locals.member) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
	return {};
};
export { load };
