import { F as images } from "./i18n.js";
import { i as Forbidden, o as Invalid } from "./errors.js";
import { t as appendEvent } from "./append.js";
import { and, desc, eq } from "drizzle-orm";
import { randomBytes } from "node:crypto";
import sharp from "sharp";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { AwsClient } from "aws4fetch";
// src/lib/server/writing/images.ts
/** Largest upload accepted (before resizing). */
var MAX_UPLOAD_BYTES = 8388608;
/** Refuse decompression bombs: at most this many pixels. */
var MAX_PIXELS = 4e7;
/** Sizes kept for each purpose: avatars are square crops, post images keep their shape. */
var SIZES = {
	avatar: {
		small: 64,
		large: 256
	},
	post: {
		small: 480,
		medium: 960,
		large: 1600
	}
};
var DEFAULT_SIZE = {
	avatar: "large",
	post: "medium"
};
/** The real type, from the first bytes (never the file's name or the browser's word for it). */
function sniffImageType(bytes) {
	const b = bytes;
	if (b.length >= 3 && b[0] === 255 && b[1] === 216 && b[2] === 255) return "jpeg";
	if (b.length >= 8 && b[0] === 137 && b[1] === 80 && b[2] === 78 && b[3] === 71 && b[4] === 13 && b[5] === 10 && b[6] === 26 && b[7] === 10) return "png";
	if (b.length >= 6 && String.fromCharCode(...b.slice(0, 6)).match(/^GIF8[79]a$/)) return "gif";
	if (b.length >= 12 && String.fromCharCode(...b.slice(0, 4)) === "RIFF" && String.fromCharCode(...b.slice(8, 12)) === "WEBP") return "webp";
	return null;
}
/**
* Accept an uploaded image: check its real type and size, then store it re-encoded as WebP in a
* few sizes. Re-encoding drops every piece of metadata (EXIF, GPS position, camera serial, XMP,
* comments): only the pixels survive. The orientation is applied to the pixels first.
*/
async function uploadImage(db, store, actor, purpose, file) {
	if (!actor) throw new Forbidden("error_forbidden");
	if (!file.bytes.length) throw new Invalid("error_form", { image: "upload_error_empty" });
	if (file.bytes.length > 8388608) throw new Invalid("error_form", { image: "upload_error_too_large" });
	const type = sniffImageType(file.bytes);
	if (!type) throw new Invalid("error_form", { image: "upload_error_not_image" });
	let meta;
	try {
		meta = await sharp(file.bytes, { limitInputPixels: MAX_PIXELS }).metadata();
	} catch {
		throw new Invalid("error_form", { image: "upload_error_not_image" });
	}
	if (!meta.width || !meta.height || meta.format !== type) throw new Invalid("error_form", { image: "upload_error_not_image" });
	const key = randomBytes(16).toString("base64url");
	const sizes = {};
	try {
		for (const [name, edge] of Object.entries(SIZES[purpose])) {
			const pipeline = sharp(file.bytes, {
				limitInputPixels: MAX_PIXELS,
				animated: false
			}).rotate();
			const { data, info } = await (purpose === "avatar" ? pipeline.resize(edge, edge, {
				fit: "cover",
				position: "attention"
			}) : pipeline.resize(edge, edge, {
				fit: "inside",
				withoutEnlargement: true
			})).webp({ quality: 80 }).toBuffer({ resolveWithObject: true });
			await store.put(`${key}-${name}.webp`, data, "image/webp");
			sizes[name] = {
				width: info.width,
				height: info.height,
				bytes: info.size
			};
		}
	} catch (err) {
		if (err instanceof Invalid) throw err;
		throw new Invalid("error_form", { image: "upload_error_not_image" });
	}
	const main = sizes[DEFAULT_SIZE[purpose]];
	const alt = (file.alt ?? "").trim().slice(0, 300);
	return db.transaction(async (tx) => {
		const [row] = await tx.insert(images).values({
			ownerId: actor.id,
			purpose,
			key,
			contentType: "image/webp",
			width: main.width,
			height: main.height,
			sizes,
			alt
		}).returning({
			id: images.id,
			key: images.key
		});
		await appendEvent(tx, {
			type: purpose === "avatar" ? "member.photo-changed" : "image.uploaded",
			actorId: actor.id,
			subjectType: "image",
			subjectId: row.id
		});
		return {
			...row,
			url: `/media/${row.key}`,
			alt,
			width: main.width,
			height: main.height
		};
	});
}
/** An image's stored file name for a size, or null when there is no such image or size. */
async function imageFile(db, key, size) {
	if (!/^[A-Za-z0-9_-]{10,40}$/.test(key)) return null;
	const [row] = await db.select({
		purpose: images.purpose,
		sizes: images.sizes
	}).from(images).where(eq(images.key, key));
	if (!row) return null;
	const purpose = row.purpose;
	return {
		name: `${key}-${size && size in row.sizes ? size : DEFAULT_SIZE[purpose]}.webp`,
		contentType: "image/webp"
	};
}
async function ownImages(db, actor) {
	return (await db.select({
		key: images.key,
		purpose: images.purpose,
		alt: images.alt,
		createdAt: images.createdAt
	}).from(images).where(eq(images.ownerId, actor.id)).orderBy(desc(images.id)).limit(40)).map((r) => ({
		...r,
		url: `/media/${r.key}`
	}));
}
async function currentAvatar(db, memberId) {
	const [row] = await db.select({ key: images.key }).from(images).where(and(eq(images.ownerId, memberId), eq(images.purpose, "avatar"))).orderBy(desc(images.id)).limit(1);
	return row ? `/media/${row.key}` : null;
}
// src/lib/server/writing/media-store.ts
var SAFE_NAME = /^[A-Za-z0-9_-]{1,80}\.[a-z0-9]{2,5}$/;
var FolderStore = class {
	folder;
	constructor(folder) {
		this.folder = folder;
	}
	async put(name, body) {
		if (!SAFE_NAME.test(name)) throw new Error(`bad media name ${name}`);
		await mkdir(this.folder, { recursive: true });
		const target = join(this.folder, name);
		await writeFile(`${target}.tmp`, body);
		await rename(`${target}.tmp`, target);
	}
	async get(name) {
		if (!SAFE_NAME.test(name)) return null;
		try {
			return await readFile(join(this.folder, name));
		} catch {
			return null;
		}
	}
};
/**
* Any S3-compatible store (AWS S3, MinIO, Garage, Ceph, R2, …), spoken to directly over its HTTP
* API with Signature V4 (aws4fetch). Path-style addresses (`endpoint/bucket/key`), which every
* compatible server accepts. Objects are private: the app streams them from /media.
*/
var S3Store = class {
	client;
	base;
	constructor(options) {
		this.client = new AwsClient({
			accessKeyId: options.accessKeyId,
			secretAccessKey: options.secretAccessKey,
			region: options.region,
			service: "s3"
		});
		this.base = `${options.endpoint.replace(/\/+$/, "")}/${encodeURIComponent(options.bucket)}`;
	}
	async put(name, body, contentType) {
		if (!SAFE_NAME.test(name)) throw new Error(`bad media name ${name}`);
		const response = await this.client.fetch(`${this.base}/${name}`, {
			method: "PUT",
			body: new Uint8Array(body),
			headers: {
				"content-type": contentType,
				"content-length": String(body.length)
			}
		});
		if (!response.ok) throw new Error(`S3 PUT ${name} failed: ${response.status} ${await response.text()}`);
	}
	async get(name) {
		if (!SAFE_NAME.test(name)) return null;
		const response = await this.client.fetch(`${this.base}/${name}`);
		if (response.status === 404) return null;
		if (!response.ok) throw new Error(`S3 GET ${name} failed: ${response.status}`);
		return Buffer.from(await response.arrayBuffer());
	}
};
var store;
/** The configured store, made once per process. */
function mediaStore(config) {
	store ??= config.media.kind === "s3" ? new S3Store(config.media) : new FolderStore(join(config.dataDir, "media"));
	return store;
}
export { ownImages as a, imageFile as i, MAX_UPLOAD_BYTES as n, uploadImage as o, currentAvatar as r, mediaStore as t };
