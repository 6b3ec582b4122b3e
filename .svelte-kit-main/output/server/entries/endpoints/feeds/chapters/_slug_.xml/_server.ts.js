import { a as runQuery } from "../../../../../chunks/http.js";
import { t as chapterFeed } from "../../../../../chunks/feed-builders.js";
// src/routes/feeds/chapters/[slug].xml/+server.ts
var GET = ({ locals, url, params }) => runQuery(() => chapterFeed(locals.db, url.origin, params.slug, locals.locale));
export { GET };
