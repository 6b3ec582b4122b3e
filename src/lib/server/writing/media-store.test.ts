import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { FolderStore, S3Store, type MediaStore } from './media-store';
import { readConfig } from '$lib/server/config';

// An S3-compatible server (s3rver) in this process. It speaks the S3 API and checks the access
// key, but does not verify Signature V4 itself (aws4fetch's signing is what AWS, MinIO … check).
let server: S3rver;
let folder: string;
let endpoint: string;

beforeAll(async () => {
	folder = await mkdtemp(join(tmpdir(), 'plenary-s3-'));
	server = new S3rver({
		port: 0,
		address: '127.0.0.1',
		silent: true,
		directory: folder,
		configureBuckets: [{ name: 'plenary-media', configs: [] }]
	});
	const { port } = await server.run();
	endpoint = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
	await server?.close();
	await rm(folder, { recursive: true, force: true });
});

const options = () => ({
	endpoint,
	bucket: 'plenary-media',
	region: 'us-east-1',
	accessKeyId: 'S3RVER',
	secretAccessKey: 'S3RVER'
});

describe('S3Store', () => {
	it('puts and gets an object over the S3 API', async () => {
		const store = new S3Store(options());
		const bytes = Buffer.from([1, 2, 3, 250]);
		await store.put('abcDEF123_-x-small.webp', bytes, 'image/webp');
		expect(await store.get('abcDEF123_-x-small.webp')).toEqual(bytes);
		expect(await store.get('missing-small.webp')).toBeNull();
	});

	it('fails loudly with an unknown key, and refuses odd names', async () => {
		const store = new S3Store({ ...options(), accessKeyId: 'NOBODY' });
		await expect(store.put('a-small.webp', Buffer.from([1]), 'image/webp')).rejects.toThrow(/403/);
		expect(await new S3Store(options()).get('../etc/passwd')).toBeNull();
	});
});

describe('FolderStore', () => {
	it('keeps files in the folder', async () => {
		const store: MediaStore = new FolderStore(await mkdtemp(join(tmpdir(), 'plenary-media-')));
		await store.put('k-small.webp', Buffer.from('x'), 'image/webp');
		expect((await store.get('k-small.webp'))?.toString()).toBe('x');
		expect(await store.get('../../x.webp')).toBeNull();
	});
});

describe('configuration', () => {
	it('chooses S3 when a bucket is set, and needs its keys', () => {
		expect(readConfig({}).media).toEqual({ kind: 'folder' });
		expect(
			readConfig({ S3_BUCKET: 'media', S3_ACCESS_KEY_ID: 'a', S3_SECRET_ACCESS_KEY: 'b' }).media
		).toMatchObject({
			kind: 's3',
			endpoint: 'https://s3.us-east-1.amazonaws.com',
			bucket: 'media'
		});
		expect(() => readConfig({ S3_BUCKET: 'media' })).toThrow(/S3_ACCESS_KEY_ID/);
		expect(() =>
			readConfig({
				S3_BUCKET: 'media',
				S3_ENDPOINT: 'nope',
				S3_ACCESS_KEY_ID: 'a',
				S3_SECRET_ACCESS_KEY: 'b'
			})
		).toThrow(/S3_ENDPOINT/);
	});
});
