import { i as imageFile, t as mediaStore } from "../../../../chunks/media-store.js";
import { r as translate } from "../../../../chunks/i18n.js";
import { error } from "@sveltejs/kit";
// src/routes/media/[key]/+server.ts
/**
* Uploaded images, streamed from the store on this site's origin. The type is fixed by us (we
* re-encoded the image), never sniffed, and the response may not run or load anything.
*/
var GET = async ({ params, url, locals }) => {
	const file = await imageFile(locals.db, params.key, url.searchParams.get("size") ?? void 0);
	const body = file ? await mediaStore(locals.app.config).get(file.name) : null;
	if (!file || !body) error(404, translate("upload_error_not_found"));
	return new Response(new Uint8Array(body), { headers: {
		"content-type": file.contentType,
		"content-length": String(body.length),
		"x-content-type-options": "nosniff",
		"content-security-policy": "default-src 'none'; sandbox",
		"content-disposition": "inline",
		"cross-origin-resource-policy": "same-origin",
		"cache-control": "public, max-age=31536000, immutable"
	} });
};
export { GET };
