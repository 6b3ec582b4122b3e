/**
 * The OpenAPI 3.1 document of the API, generated from the operations (./operations.ts) and the
 * forms' zod schemas (`z.toJSONSchema`, which speaks JSON Schema 2020-12 as OpenAPI 3.1 does).
 * Bodies are documented as the client sends them (`io: 'input'`), with `additionalProperties:
 * false` because the API refuses unknown fields. Served at /api/v1/openapi.json; the typed client
 * of the tests (tests/api/schema.d.ts) is generated from it, so it cannot drift from the code.
 */
import { z } from 'zod';
import { API_SCOPES } from '$lib/domain/api/scopes';
import { translate } from '$lib/server/i18n';
import { MAX_BODY_BYTES } from './body';
import { OPS } from './operations';
import type { Operation } from './operation';
import { PROBLEMS, type ProblemKind } from './problem';

type Json = Record<string, unknown>;

const SCOPE_TEXT: Record<string, string> = {
	read: 'Read what the member may read.',
	write: 'Write as the member: posts, comments, proposals, amendments, tasks and effort.',
	vote: 'Cast or change the member’s ballots.'
};

/** A zod schema as JSON Schema for a body or query, without the `$schema` line. */
function jsonSchema(schema: z.ZodType, strict: boolean): Json {
	const out = z.toJSONSchema(schema, {
		io: 'input',
		unrepresentable: 'any',
		target: 'draft-2020-12'
	}) as Json;
	delete out.$schema;
	if (strict && out.type === 'object') out.additionalProperties = false;
	return out;
}

function problemRef(description: string) {
	return {
		description,
		content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } }
	};
}

function errorResponses(op: Operation): Record<string, unknown> {
	const answers: Record<string, unknown> = {
		'400': problemRef('Bad input: `errors` names each field and what is wrong with it.'),
		'401': problemRef('No token where one is needed, or a token that does not work.'),
		'403': problemRef('The token lacks the scope, or the member may not do this.'),
		'404': problemRef('Not there, or not visible to the caller.'),
		'429': problemRef('Too many requests: wait the seconds in Retry-After.')
	};
	if (op.method !== 'GET') {
		answers['409'] = problemRef('The state does not allow it (closed, already done).');
		answers['413'] = problemRef(`The body is larger than ${MAX_BODY_BYTES / 1024} KiB.`);
		answers['415'] = problemRef('The body is not application/json.');
	}
	return answers;
}

function operationObject(op: Operation): Json {
	const parameters: Json[] = (op.parameters ?? []).map((p) => ({ ...p }));
	if (op.query) {
		const schema = jsonSchema(op.query, false) as { properties?: Record<string, Json> };
		for (const [name, s] of Object.entries(schema.properties ?? {}))
			if (!parameters.some((p) => p.name === name))
				parameters.push({ name, in: 'query', required: false, schema: s });
	}
	const ok: Json = {
		description: op.created ? 'Created.' : 'OK.',
		content: { 'application/json': { schema: op.response ?? { type: 'object' } } }
	};
	if (op.method === 'GET') {
		ok.headers = {
			ETag: { description: 'Send it back in If-None-Match.', schema: { type: 'string' } }
		};
	}
	const responses: Json = { [op.created ? '201' : '200']: ok };
	if (op.method === 'GET') responses['304'] = { description: 'Not modified since the ETag sent.' };
	Object.assign(responses, errorResponses(op));
	const out: Json = {
		operationId: op.operationId,
		tags: [op.tag],
		summary: translate(op.summary, {}, 'en'),
		security: [{ bearer: [op.scope] }, ...(op.method === 'GET' ? [{}] : [])],
		responses
	};
	if (op.description) out.description = op.description;
	if (parameters.length) out.parameters = parameters;
	if (op.method !== 'GET') {
		const schema = op.body
			? jsonSchema(op.body, !op.extraFields)
			: { type: 'object', additionalProperties: false };
		if (op.extraFields && op.body)
			(schema as Json).patternProperties = {
				[op.extraFields.source]: { type: ['string', 'integer'] }
			};
		out.requestBody = {
			required: !!op.body,
			content: { 'application/json': { schema } }
		};
	}
	return out;
}

/** The whole document; `origin` is the installation's address, for the server entry. */
export function openApiDocument(origin: string, title: string): Json {
	const paths: Record<string, Json> = {};
	for (const op of Object.values(OPS) as Operation[]) {
		paths[op.path] ??= {};
		paths[op.path][op.method.toLowerCase()] = operationObject(op);
	}
	return {
		openapi: '3.1.0',
		info: {
			title: `${title} API`,
			version: '1',
			description:
				'The JSON API of a Plenary installation. Reads work without a token (as a visitor) or with a token of scope `read`; writes need a personal access token (Settings → Access tokens) with scope `write` or `vote`. Errors are RFC 9457 problem details. See /developers.'
		},
		servers: [{ url: `${origin}/api/v1` }],
		tags: [...new Set(Object.values(OPS).map((o) => o.tag))].map((name) => ({ name })),
		paths,
		components: {
			securitySchemes: {
				bearer: {
					type: 'http',
					scheme: 'bearer',
					description: `A personal access token. Scopes: ${API_SCOPES.map((s) => `\`${s}\` (${SCOPE_TEXT[s]})`).join(' ')}`
				}
			},
			schemas: {
				Problem: {
					type: 'object',
					description: 'RFC 9457 problem details.',
					properties: {
						type: { type: 'string', format: 'uri' },
						title: { type: 'string' },
						status: {
							type: 'integer',
							enum: [
								...new Set((Object.keys(PROBLEMS) as ProblemKind[]).map((k) => PROBLEMS[k].status))
							]
						},
						detail: { type: 'string' },
						instance: { type: 'string' },
						errors: { type: 'object', additionalProperties: { type: 'string' } }
					},
					required: ['type', 'title', 'status', 'detail']
				}
			}
		}
	};
}
