import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { count } from 'drizzle-orm';
import type { Actor } from '$lib/domain/members/actor';
import type { Connection } from '$lib/server/db/client';
import { images } from '$lib/server/db/schema';
import { Invalid } from '$lib/server/errors';
import { formOf, guardRequestBody, type AnyEvent } from '$lib/server/http';
import { attachImage, withImageAttach } from './attach-image';
import { FolderStore } from './media-store';
import { openWorld } from './test-world';

let conn: Connection;
let ana: Actor;
let folder: string;
let png: Buffer;

beforeAll(async () => {
	({ conn, ana } = await openWorld());
	folder = await mkdtemp(join(tmpdir(), 'plenary-attach-'));
	png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#3a6' } })
		.png()
		.toBuffer();
});
afterAll(async () => {
	await conn?.close();
});

const stored = async () => (await conn.db.select({ n: count() }).from(images))[0].n;

/** A form action's event as SvelteKit gives it, for a multipart form. */
function formEvent(fields: Record<string, string | Blob>, actor: Actor | null = ana) {
	const body = new FormData();
	for (const [k, v] of Object.entries(fields)) body.set(k, v);
	// Guarded as the server hook guards every request.
	const request = new Request('http://localhost/blog/new', { method: 'POST', body });
	guardRequestBody(request);
	return {
		request,
		locals: {
			db: conn.db,
			actor,
			app: { config: { dataDir: folder, media: { kind: 'folder' } } }
		},
		setHeaders: () => {}
	} as unknown as AnyEvent;
}

describe('attaching an image to a text', () => {
	it('uploads through uploadImage and adds the Markdown at the end of the text', async () => {
		const store = new FolderStore(folder);
		const before = await stored();
		const { text, image } = await attachImage(conn.db, store, ana, 'First line.\n', {
			bytes: png,
			alt: 'A [green] field'
		});
		expect(image.url).toMatch(/^\/media\/[A-Za-z0-9_-]+$/);
		expect(text).toBe(`First line.\n\n![A \\[green\\] field](${image.url})\n`);
		expect(await stored()).toBe(before + 1);
	});

	it('refuses what is not an image and records nothing', async () => {
		const before = await stored();
		await expect(
			attachImage(conn.db, new FolderStore(folder), ana, 'Text', {
				bytes: new TextEncoder().encode('<svg onload="alert(1)"></svg>'),
				alt: ''
			})
		).rejects.toThrow(Invalid);
		expect(await stored()).toBe(before);
	});

	it('in a form: the attach button uploads and sends the form back with the text', async () => {
		let ran = false;
		const action = withImageAttach('post', async () => ((ran = true), { saved: true }));
		const answer = (await action(
			formEvent({
				title: 'A title',
				body: 'Typed words',
				image: new Blob([new Uint8Array(png)], { type: 'image/png' }),
				imageAlt: 'A green field',
				attach: '1'
			})
		)) as { values: Record<string, unknown>; attached: { url: string }; message: string };
		expect(ran).toBe(false);
		expect(answer.message).toBe('');
		expect(answer.values.title).toBe('A title');
		expect(answer.values.body).toBe(`Typed words\n\n![A green field](${answer.attached.url})\n`);
	});

	it('in a form: a refused upload keeps the text and says why, with a 4xx', async () => {
		const action = withImageAttach('comment', async () => ({ saved: true }));
		const answer = (await action(
			formEvent({ body: 'Keep me', image: new Blob(['hello']), attach: '1' })
		)) as unknown as {
			status: number;
			data: { fields: Record<string, string>; values: { body: string } };
		};
		expect(answer.status).toBe(400);
		expect(answer.data.values.body).toBe('Keep me');
		expect(answer.data.fields.image).toBeTruthy();
		expect(answer.data.fields.image).not.toBe('upload_error_not_image');
	});

	it('in a form: any other button runs the form’s own action without the upload’s fields', async () => {
		let seen: string[] = [];
		const action = withImageAttach('post', async (event) => {
			// As every form action reads it (formAction): the form read once, handed on.
			seen = [...(await formOf(event)).keys()];
			return { saved: true };
		});
		expect(await action(formEvent({ body: 'Words', imageAlt: '', image: new Blob([]) }))).toEqual({
			saved: true
		});
		expect(seen).toEqual(['body']);
	});
});
