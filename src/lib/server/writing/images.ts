import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db, Queryable } from '$lib/server/db/client';
import { images } from '$lib/server/db/schema';
import { Forbidden, Invalid } from '$lib/server/errors';
import type { Actor } from '$lib/domain/members/actor';
import { command } from '$lib/server/command';
import { assertUnderLimit, IMAGE_QUOTA_BYTES, LIMITS, QuotaExceeded } from '$lib/server/limits';
import { can } from './policy';
import type { MediaStore } from './media-store';

import { MAX_UPLOAD_BYTES } from '$lib/domain/writing/image-markdown';

export { MAX_UPLOAD_BYTES };
/** Refuse decompression bombs: at most this many pixels. */
const MAX_PIXELS = 40_000_000;

export type Purpose = 'avatar' | 'post';

/** Sizes kept for each purpose: avatars are square crops, post images keep their shape. */
export const SIZES: Record<Purpose, Record<string, number>> = {
	avatar: { small: 64, large: 256 },
	post: { small: 480, medium: 960, large: 1600 }
};
export const DEFAULT_SIZE: Record<Purpose, string> = { avatar: 'large', post: 'medium' };

/** The real type, from the first bytes (never the file's name or the browser's word for it). */
export function sniffImageType(bytes: Uint8Array): 'jpeg' | 'png' | 'gif' | 'webp' | null {
	const b = bytes;
	if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
	if (
		b.length >= 8 &&
		b[0] === 0x89 &&
		b[1] === 0x50 &&
		b[2] === 0x4e &&
		b[3] === 0x47 &&
		b[4] === 0x0d &&
		b[5] === 0x0a &&
		b[6] === 0x1a &&
		b[7] === 0x0a
	)
		return 'png';
	if (b.length >= 6 && String.fromCharCode(...b.slice(0, 6)).match(/^GIF8[79]a$/)) return 'gif';
	if (
		b.length >= 12 &&
		String.fromCharCode(...b.slice(0, 4)) === 'RIFF' &&
		String.fromCharCode(...b.slice(8, 12)) === 'WEBP'
	)
		return 'webp';
	return null;
}

/**
 * Accept an uploaded image: check its real type and size, then store it re-encoded as WebP in a
 * few sizes. Re-encoding drops every piece of metadata (EXIF, GPS position, camera serial, XMP,
 * comments): only the pixels survive. The orientation is applied to the pixels first.
 */
export async function uploadImage(
	db: Db,
	store: MediaStore,
	actor: Actor,
	purpose: Purpose,
	file: { bytes: Uint8Array; alt?: string }
) {
	// Asked before the work of resizing, and again by the command that records the image.
	if (!can(actor, 'upload-image', { purpose })) throw new Forbidden('error_forbidden');
	// Past the member's hourly uploads or storage quota, refuse before the work of resizing.
	await assertUnderLimit(db, actor.id, LIMITS.image);
	await assertUnderQuota(db, actor.id, 0);
	if (!file.bytes.length) throw new Invalid('error_form', { image: 'upload_error_empty' });
	if (file.bytes.length > MAX_UPLOAD_BYTES)
		throw new Invalid('error_form', { image: 'upload_error_too_large' });
	const type = sniffImageType(file.bytes);
	if (!type) throw new Invalid('error_form', { image: 'upload_error_not_image' });

	let meta: { width?: number; height?: number; format?: string };
	try {
		meta = await sharp(file.bytes, { limitInputPixels: MAX_PIXELS }).metadata();
	} catch {
		throw new Invalid('error_form', { image: 'upload_error_not_image' });
	}
	if (!meta.width || !meta.height || meta.format !== type)
		throw new Invalid('error_form', { image: 'upload_error_not_image' });

	const key = randomBytes(16).toString('base64url');
	const sizes: Record<string, { width: number; height: number; bytes: number }> = {};
	try {
		for (const [name, edge] of Object.entries(SIZES[purpose])) {
			const pipeline = sharp(file.bytes, {
				limitInputPixels: MAX_PIXELS,
				animated: false
			}).rotate();
			const resized =
				purpose === 'avatar'
					? pipeline.resize(edge, edge, { fit: 'cover', position: 'attention' })
					: pipeline.resize(edge, edge, { fit: 'inside', withoutEnlargement: true });
			const { data, info } = await resized
				.webp({ quality: 80 })
				.toBuffer({ resolveWithObject: true });
			await store.put(`${key}-${name}.webp`, data, 'image/webp');
			sizes[name] = { width: info.width, height: info.height, bytes: info.size };
		}
	} catch (err) {
		if (err instanceof Invalid) throw err;
		throw new Invalid('error_form', { image: 'upload_error_not_image' });
	}
	const main = sizes[DEFAULT_SIZE[purpose]];
	const alt = (file.alt ?? '').trim().slice(0, 300);
	return recordImage(db, actor, { purpose, key, sizes, main, alt });
}

type StoredImage = {
	purpose: Purpose;
	key: string;
	sizes: Record<string, { width: number; height: number; bytes: number }>;
	main: { width: number; height: number };
	alt: string;
};

/** Record an image whose files are stored. */
const recordImage = command({
	limit: LIMITS.image,
	input: (image: StoredImage) => image,
	load: async () => null,
	allow: (actor, _none, image) => can(actor, 'upload-image', { purpose: image.purpose }),
	// After the limit's row is locked, so two uploads of one member cannot both fit the last space.
	check: (_none, image, actor, tx) =>
		assertUnderQuota(
			tx,
			actor.id,
			Object.values(image.sizes).reduce((sum, size) => sum + size.bytes, 0)
		),
	run: async (tx, actor, _none, image) => {
		const [row] = await tx
			.insert(images)
			.values({
				ownerId: actor.id,
				purpose: image.purpose,
				key: image.key,
				contentType: 'image/webp',
				width: image.main.width,
				height: image.main.height,
				sizes: image.sizes,
				alt: image.alt
			})
			.returning({ id: images.id, key: images.key });
		return {
			...row,
			url: `/media/${row.key}`,
			alt: image.alt,
			width: image.main.width,
			height: image.main.height
		};
	},
	event: (row, _none, image, actor) => ({
		type: image.purpose === 'avatar' ? 'member.photo-changed' : 'image.uploaded',
		actorId: actor.id,
		subjectType: 'image',
		subjectId: row.id
	})
});

/** Refuse (413) when the member's stored images, every size, plus `adding` bytes exceed the quota. */
async function assertUnderQuota(db: Queryable, memberId: number, adding: number) {
	const { rows } = await db.execute<{ used: string }>(sql`
		select coalesce(sum((s.value ->> 'bytes')::bigint), 0) as used
		from images i cross join lateral jsonb_each(i.sizes) s
		where i.owner_id = ${memberId}`);
	if (
		Number(rows[0].used) + adding > IMAGE_QUOTA_BYTES ||
		(adding === 0 && Number(rows[0].used) >= IMAGE_QUOTA_BYTES)
	)
		throw new QuotaExceeded('error_upload_quota', { megabytes: IMAGE_QUOTA_BYTES / 1024 / 1024 });
}

/** An image's stored file name for a size, or null when there is no such image or size. */
export async function imageFile(db: Queryable, key: string, size?: string) {
	if (!/^[A-Za-z0-9_-]{10,40}$/.test(key)) return null;
	const [row] = await db
		.select({ purpose: images.purpose, sizes: images.sizes })
		.from(images)
		.where(eq(images.key, key));
	if (!row) return null;
	const purpose = row.purpose as Purpose;
	const chosen = size && size in (row.sizes as object) ? size : DEFAULT_SIZE[purpose];
	return { name: `${key}-${chosen}.webp`, contentType: 'image/webp' };
}

export async function ownImages(db: Queryable, actor: Pick<Actor, 'id'>) {
	const rows = await db
		.select({
			key: images.key,
			purpose: images.purpose,
			alt: images.alt,
			createdAt: images.createdAt
		})
		.from(images)
		.where(eq(images.ownerId, actor.id))
		.orderBy(desc(images.id))
		.limit(40);
	return rows.map((r) => ({ ...r, url: `/media/${r.key}` }));
}

export async function currentAvatar(db: Queryable, memberId: number) {
	const [row] = await db
		.select({ key: images.key })
		.from(images)
		.where(and(eq(images.ownerId, memberId), eq(images.purpose, 'avatar')))
		.orderBy(desc(images.id))
		.limit(1);
	return row ? `/media/${row.key}` : null;
}
