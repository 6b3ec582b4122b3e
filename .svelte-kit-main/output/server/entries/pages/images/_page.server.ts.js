import { i as requireActor, t as attempt } from "../../../chunks/http.js";
import { a as ownImages, n as MAX_UPLOAD_BYTES, o as uploadImage, r as currentAvatar, t as mediaStore } from "../../../chunks/media-store.js";
// src/routes/images/+page.server.ts
var load = async (event) => {
	const actor = requireActor(event);
	return {
		avatar: await currentAvatar(event.locals.db, actor.id),
		images: await ownImages(event.locals.db, actor),
		maxMegabytes: MAX_UPLOAD_BYTES / 1024 / 1024
	};
};
async function upload(event, purpose) {
	const actor = requireActor(event);
	const form = await event.request.formData();
	const file = form.get("image");
	const alt = String(form.get("alt") ?? "");
	const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : /* @__PURE__ */ new Uint8Array();
	const result = await attempt({ alt }, () => uploadImage(event.locals.db, mediaStore(event.locals.app.config), actor, purpose, {
		bytes,
		alt
	}), purpose);
	if (!result.ok) return result.failure;
	return {
		uploaded: purpose,
		url: result.value.url,
		alt: result.value.alt
	};
}
var actions = {
	avatar: (event) => upload(event, "avatar"),
	post: (event) => upload(event, "post")
};
export { actions, load };
