import type { Actor } from '$lib/domain/members/actor';
import { appendBlock, imageMarkdown } from '$lib/domain/writing/image-markdown';
import type { Db } from '$lib/server/db/client';
import {
	attempt,
	formAction,
	formOf,
	formValues,
	handOnForm,
	requireActor,
	setRetryAfter,
	type AnyEvent
} from '$lib/server/http';
import { uploadImage } from './images';
import { mediaStore, type MediaStore } from './media-store';

/**
 * Upload an image for a text being written and add its Markdown at the end of the text. The
 * upload is `uploadImage`'s: the same policy, type and size checks, hourly limit and quota.
 */
export async function attachImage(
	db: Db,
	store: MediaStore,
	actor: Actor,
	text: string,
	file: { bytes: Uint8Array; alt: string }
) {
	const image = await uploadImage(db, store, actor, 'post', file);
	return {
		text: appendBlock(text, imageMarkdown(image.alt, image.url)),
		image: { url: image.url, alt: image.alt }
	};
}

/** The in-form upload's fields: never passed on to the form's own action. */
const UPLOAD_FIELDS = ['image', 'imageAlt', 'attach'];

/**
 * A form that writes Markdown (a post, a thread, a comment), without JavaScript: a file field
 * `image`, a description `imageAlt` and a button `attach` inside the form. When that button sent
 * the form, the image is uploaded and the form comes back, nothing saved, with the image's
 * Markdown at the end of `field` (the same channel as a refused form, with no message); a refused
 * upload comes back as a failure on `image`. Any other button runs the form's own action, which
 * reads the same form without the upload's fields.
 */
export function withImageAttach<T>(
	scope: string,
	action: (event: AnyEvent) => Promise<T>,
	field = 'body'
) {
	return async (event: AnyEvent) => {
		const form = await formOf(event);
		const attach = form.has('attach');
		const file = form.get('image');
		const alt = String(form.get('imageAlt') ?? '');
		for (const name of UPLOAD_FIELDS) form.delete(name);
		if (!attach) {
			handOnForm(event, form);
			return action(event);
		}

		const actor = requireActor(event);
		const values = formValues(form);
		const bytes =
			file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
		const result = await attempt(
			{ ...values, imageAlt: alt },
			() =>
				attachImage(
					event.locals.db,
					mediaStore(event.locals.app.config),
					actor,
					String(values[field] ?? ''),
					{ bytes, alt }
				),
			scope
		);
		if (!result.ok) {
			setRetryAfter(event, result.retryAfter);
			return result.failure;
		}
		return {
			scope,
			message: '',
			fields: {} as Record<string, string>,
			values: { ...values, [field]: result.value.text },
			attached: result.value.image
		};
	};
}

/**
 * A writing form's action that can also attach an image to its text: `formAction` and
 * `withImageAttach` under one scope, so a refused upload and a refused post answer the same form.
 */
export function imageFormAction<T>(...[name, run, options]: Parameters<typeof formAction<T>>) {
	return withImageAttach(name, formAction(name, run, options));
}
