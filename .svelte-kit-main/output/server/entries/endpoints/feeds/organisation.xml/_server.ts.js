import { a as runQuery } from "../../../../chunks/http.js";
import { i as organisationFeed } from "../../../../chunks/feed-builders.js";
// src/routes/feeds/organisation.xml/+server.ts
var GET = ({ locals, url }) => runQuery(() => organisationFeed(locals.db, url.origin, locals.locale));
export { GET };
