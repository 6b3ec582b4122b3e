import { a as runQuery } from "../../../../../chunks/http.js";
import { r as memberFeed } from "../../../../../chunks/feed-builders.js";
// src/routes/feeds/members/[handle].xml/+server.ts
var GET = ({ locals, url, params }) => runQuery(() => memberFeed(locals.db, url.origin, params.handle, locals.locale));
export { GET };
