import { attempt, requireActor, setRetryAfter } from '$lib/server/http';
import {
	MAX_UPLOAD_BYTES,
	currentAvatar,
	ownImages,
	uploadImage
} from '$lib/server/writing/images';
import { mediaStore } from '$lib/server/writing/media-store';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event);
	return {
		avatar: await currentAvatar(event.locals.db, actor.id),
		images: await ownImages(event.locals.db, actor),
		maxMegabytes: MAX_UPLOAD_BYTES / 1024 / 1024
	};
};

async function upload(event: RequestEvent, purpose: 'avatar' | 'post') {
	const actor = requireActor(event);
	const form = await event.request.formData();
	const file = form.get('image');
	const alt = String(form.get('alt') ?? '');
	const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
	const result = await attempt(
		{ alt },
		() =>
			uploadImage(event.locals.db, mediaStore(event.locals.app.config), actor, purpose, {
				bytes,
				alt
			}),
		purpose
	);
	if (!result.ok) {
		setRetryAfter(event, result.retryAfter);
		return result.failure;
	}
	return { uploaded: purpose, url: result.value.url, alt: result.value.alt };
}

export const actions: Actions = {
	avatar: (event) => upload(event, 'avatar'),
	post: (event) => upload(event, 'post')
};
