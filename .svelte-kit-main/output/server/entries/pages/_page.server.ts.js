import { n as cachedPresentation, t as cachedFigures } from "../../chunks/cached.js";
// src/routes/+page.server.ts
var load = async ({ locals }) => {
	const [presentation, figures] = await Promise.all([cachedPresentation(locals.db, locals.locale), cachedFigures(locals.db)]);
	return {
		presentation,
		figures
	};
};
export { load };
