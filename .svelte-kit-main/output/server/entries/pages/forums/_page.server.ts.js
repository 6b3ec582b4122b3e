import { a as runQuery } from "../../../chunks/http.js";
import { r as forumIndex } from "../../../chunks/queries6.js";
// src/routes/forums/+page.server.ts
var load = async ({ locals }) => ({ categories: await runQuery(() => forumIndex(locals.db)) });
export { load };
