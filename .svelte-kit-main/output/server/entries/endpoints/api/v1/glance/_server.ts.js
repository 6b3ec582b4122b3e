import { t as organisationAtAGlance } from "../../../../../chunks/queries5.js";
import { a as runQuery } from "../../../../../chunks/http.js";
import { json } from "@sveltejs/kit";
// src/routes/api/v1/glance/+server.ts
/** The organisation at a glance as JSON (aggregates only; map counts respect privacy). */
var GET = async ({ locals }) => json(await runQuery(() => organisationAtAGlance(locals.db)));
export { GET };
