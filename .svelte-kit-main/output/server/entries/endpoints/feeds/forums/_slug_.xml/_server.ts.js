import { a as runQuery } from "../../../../../chunks/http.js";
import { n as forumFeed } from "../../../../../chunks/feed-builders.js";
// src/routes/feeds/forums/[slug].xml/+server.ts
var GET = ({ locals, url, params }) => runQuery(() => forumFeed(locals.db, url.origin, params.slug, locals.locale));
export { GET };
