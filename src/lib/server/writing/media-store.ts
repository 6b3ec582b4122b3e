import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AwsClient } from 'aws4fetch';
import type { Config } from '$lib/server/config';

/** Where resized images are kept: a folder under the data directory, or an S3-compatible store. */
export interface MediaStore {
	put(name: string, body: Buffer, contentType: string): Promise<void>;
	get(name: string): Promise<Buffer | null>;
	/** Remove a file; one that is already gone is not an error. */
	delete(name: string): Promise<void>;
}

const SAFE_NAME = /^[A-Za-z0-9_-]{1,80}\.[a-z0-9]{2,5}$/;

export class FolderStore implements MediaStore {
	constructor(private readonly folder: string) {}

	async put(name: string, body: Buffer): Promise<void> {
		if (!SAFE_NAME.test(name)) throw new Error(`bad media name ${name}`);
		await mkdir(this.folder, { recursive: true });
		const target = join(this.folder, name);
		// Write then rename, so a reader never sees half a file.
		await writeFile(`${target}.tmp`, body);
		await rename(`${target}.tmp`, target);
	}

	async get(name: string): Promise<Buffer | null> {
		if (!SAFE_NAME.test(name)) return null;
		try {
			return await readFile(join(this.folder, name));
		} catch {
			return null;
		}
	}

	async delete(name: string): Promise<void> {
		if (!SAFE_NAME.test(name)) return;
		await rm(join(this.folder, name), { force: true });
	}
}

export type S3Options = {
	endpoint: string;
	bucket: string;
	region: string;
	accessKeyId: string;
	secretAccessKey: string;
};

/**
 * Any S3-compatible store (AWS S3, MinIO, Garage, Ceph, R2, …), spoken to directly over its HTTP
 * API with Signature V4 (aws4fetch). Path-style addresses (`endpoint/bucket/key`), which every
 * compatible server accepts. Objects are private: the app streams them from /media.
 */
export class S3Store implements MediaStore {
	private readonly client: AwsClient;
	private readonly base: string;

	constructor(options: S3Options) {
		this.client = new AwsClient({
			accessKeyId: options.accessKeyId,
			secretAccessKey: options.secretAccessKey,
			region: options.region,
			service: 's3'
		});
		this.base = `${options.endpoint.replace(/\/+$/, '')}/${encodeURIComponent(options.bucket)}`;
	}

	async put(name: string, body: Buffer, contentType: string): Promise<void> {
		if (!SAFE_NAME.test(name)) throw new Error(`bad media name ${name}`);
		const response = await this.client.fetch(`${this.base}/${name}`, {
			method: 'PUT',
			body: new Uint8Array(body),
			headers: { 'content-type': contentType, 'content-length': String(body.length) }
		});
		if (!response.ok)
			throw new Error(`S3 PUT ${name} failed: ${response.status} ${await response.text()}`);
	}

	async get(name: string): Promise<Buffer | null> {
		if (!SAFE_NAME.test(name)) return null;
		const response = await this.client.fetch(`${this.base}/${name}`);
		if (response.status === 404) return null;
		if (!response.ok) throw new Error(`S3 GET ${name} failed: ${response.status}`);
		return Buffer.from(await response.arrayBuffer());
	}

	async delete(name: string): Promise<void> {
		if (!SAFE_NAME.test(name)) return;
		const response = await this.client.fetch(`${this.base}/${name}`, { method: 'DELETE' });
		if (!response.ok && response.status !== 404)
			throw new Error(`S3 DELETE ${name} failed: ${response.status}`);
	}
}

let store: MediaStore | undefined;

/** The configured store, made once per process. */
export function mediaStore(config: Pick<Config, 'dataDir' | 'media'>): MediaStore {
	store ??=
		config.media.kind === 's3'
			? new S3Store(config.media)
			: new FolderStore(join(config.dataDir, 'media'));
	return store;
}
