/**
 * The OpenAPI document is valid (checked by a real validator, not by us), and the typed client the
 * API tests use was generated from the document as the code makes it now: change an operation,
 * a form's schema or a response, and this fails until `UPDATE_API_TYPES=1 npx vitest run
 * tests/unit/api-document.test.ts` regenerates tests/api/schema.d.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import SwaggerParser from '@apidevtools/swagger-parser';
import openapiTS, { astToString } from 'openapi-typescript';
import prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { openApiAnswer, openApiDocument } from '$lib/server/api/openapi';
import { OPS } from '$lib/server/api/operations';
import type { Operation } from '$lib/server/api/operation';

const TYPES = 'tests/api/schema.d.ts';
const HEADER =
	'// Generated from the OpenAPI document by tests/unit/api-document.test.ts: do not edit.\n';

const document = () => openApiDocument('http://plenary.test', 'Plenary');

describe('the OpenAPI document', () => {
	it('passes a real OpenAPI 3.1 validator', async () => {
		const doc = document();
		const checked = (await SwaggerParser.validate(structuredClone(doc) as never)) as {
			openapi: string;
		};
		expect(checked.openapi).toBe('3.1.0');
	});

	it('is refused by that validator when it is broken (so the check above can fail)', async () => {
		const broken = structuredClone(document()) as { info: object };
		broken.info = { description: 'No title, no version.' };
		await expect(SwaggerParser.validate(broken as never)).rejects.toThrow();
	});

	it('describes every operation, with its scope and the form’s own fields', () => {
		const doc = document() as { paths: Record<string, Record<string, Record<string, unknown>>> };
		for (const op of Object.values(OPS)) {
			const described = doc.paths[op.path]?.[op.method.toLowerCase()];
			expect(described, `${op.method} ${op.path}`).toBeDefined();
			expect(described.security).toContainEqual({ bearer: [op.scope] });
		}
		const post = doc.paths['/posts'].post.requestBody as {
			content: {
				'application/json': { schema: { properties: object; additionalProperties: boolean } };
			};
		};
		const schema = post.content['application/json'].schema;
		expect(Object.keys(schema.properties)).toEqual(
			expect.arrayContaining(['title', 'body', 'visibility', 'publish'])
		);
		expect(schema.additionalProperties).toBe(false);
	});

	it('describes every answer by its schema, and every error as problem details', () => {
		type Answer = { content?: Record<string, { schema: { $ref?: string } }> };
		const doc = document() as {
			paths: Record<string, Record<string, { responses: Record<string, Answer> }>>;
			components: { schemas: Record<string, unknown> };
		};
		const target = (ref = '') => doc.components.schemas[ref.replace('#/components/schemas/', '')];
		for (const op of Object.values(OPS) as Operation[]) {
			const { responses } = doc.paths[op.path][op.method.toLowerCase()];
			const ok = responses[op.created ? '201' : '200'].content!['application/json'].schema;
			expect(target(ok.$ref), `${op.method} ${op.path}`).toBeDefined();
			for (const [status, answer] of Object.entries(responses))
				if (Number(status) >= 400)
					expect(target(answer.content!['application/problem+json'].schema.$ref)).toBeDefined();
		}
	});

	it('is made once per process, and served with the same ETag', () => {
		expect(document().paths).toBe(document().paths);
		const first = openApiAnswer('http://plenary.test', 'Plenary');
		expect(openApiAnswer('http://plenary.test', 'Plenary')).toBe(first);
		expect(first.etag).toMatch(/^"[\w-]+"$/);
		// Another address or name is another document.
		expect(openApiAnswer('http://other.test', 'Plenary').etag).not.toBe(first.etag);
	});

	it('is what the committed client types were generated from', async () => {
		const generated = HEADER + astToString(await openapiTS(document() as never));
		const fresh = await prettier.format(generated, {
			...(await prettier.resolveConfig(TYPES)),
			filepath: TYPES
		});
		if (process.env.UPDATE_API_TYPES) writeFileSync(TYPES, fresh);
		expect(readFileSync(TYPES, 'utf8'), `stale: run UPDATE_API_TYPES=1 on this test`).toBe(fresh);
	});
});
