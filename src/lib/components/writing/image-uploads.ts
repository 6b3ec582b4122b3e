/**
 * The work behind `ImageUpload`: sending an image to the images page's upload (`/images?/post`,
 * the same checks and limits) and writing its Markdown into the box. It is fetched the first time
 * a writer adds an image, so a page with a comment box does not download it for every reader.
 */
import { deserialize } from '$app/forms';
import { m } from '$lib/paraglide/messages.js';
import { imageMarkdown, markdownAlt, MAX_UPLOAD_BYTES } from '$lib/domain/writing/image-markdown';

export type Uploaded = { url: string; alt: string };

/** What an upload tells the box's component as it goes. */
export interface UploadNews {
	/** For the status line read out to screen readers. */
	status(text: string): void;
	/** Refused: said beside the box; the text stays. */
	refused(text: string): void;
	added(image: Uploaded): void;
}

/** Tell the box's binding (and the draft) that its text changed. */
const changed = (el: HTMLTextAreaElement) =>
	el.dispatchEvent(new Event('input', { bubbles: true }));

const insertAtCursor = (el: HTMLTextAreaElement, text: string) => {
	const start = el.selectionStart;
	const before = el.value.slice(0, start);
	const lead = before && !before.endsWith('\n') ? '\n' : '';
	el.setRangeText(`${lead}${text}\n`, start, el.selectionEnd, 'end');
	changed(el);
};

/** Replace a piece of the text where it now is (the writer may have typed meanwhile). */
const replaceText = (el: HTMLTextAreaElement, old: string, text: string) => {
	const at = el.value.indexOf(old);
	if (at < 0) return;
	el.setRangeText(text, at, at + old.length, 'preserve');
	changed(el);
};

/** The uploaded image, or the refusal's translated words from the action's answer. */
async function answerOf(response: Response): Promise<string | Uploaded> {
	try {
		const result = deserialize(await response.text());
		if (result.type === 'success') return result.data as Uploaded;
		if (result.type === 'failure') {
			const data = result.data as { message?: string; fields?: Record<string, string> };
			return data.fields?.image ?? data.message ?? m.image_upload_failed();
		}
		if (result.type === 'error')
			return (result.error as { message?: string })?.message ?? m.image_upload_failed();
	} catch {
		// Not the action's answer (the server's own body limit, a proxy): said below.
	}
	return response.status === 413 ? m.upload_error_too_large() : m.image_upload_failed();
}

let uploads = 0;

/** Upload one image into the box `el`: a placeholder at the cursor meanwhile, then its Markdown. */
export async function upload(el: HTMLTextAreaElement, file: File, news: UploadNews) {
	// Refused here as the server would refuse it, without sending megabytes first.
	if (file.size > MAX_UPLOAD_BYTES) {
		news.refused(m.upload_error_too_large());
		return;
	}
	const name = file.name || 'image';
	const placeholder = `![${markdownAlt(m.image_uploading({ name }))} #${++uploads}]()`;
	insertAtCursor(el, placeholder);
	news.status(m.image_uploading({ name }));
	const body = new FormData();
	body.set('image', file);
	body.set('alt', '');
	let answer: string | Uploaded;
	try {
		const response = await fetch('/images?/post', {
			method: 'POST',
			body,
			headers: { accept: 'application/json', 'x-sveltekit-action': 'true' }
		});
		answer = await answerOf(response);
	} catch {
		answer = m.image_upload_failed();
	}
	if (typeof answer === 'string') {
		replaceText(el, `${placeholder}\n`, '');
		replaceText(el, placeholder, '');
		news.refused(answer);
		return;
	}
	replaceText(el, placeholder, imageMarkdown(answer.alt, answer.url));
	news.added({ url: answer.url, alt: answer.alt });
	news.status(m.image_added());
}

/** Give an uploaded image in the box a new description. */
export function describe(el: HTMLTextAreaElement, image: Uploaded, alt: string) {
	replaceText(el, imageMarkdown(image.alt, image.url), imageMarkdown(alt, image.url));
}
