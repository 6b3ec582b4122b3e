/**
 * The OpenAPI 3.1 document of the API, generated from the operations (./operations.ts) and zod
 * schemas (`z.toJSONSchema`, which speaks JSON Schema 2020-12 as OpenAPI 3.1 does): bodies from
 * the forms' schemas as the client sends them (`io: 'input'`, with `additionalProperties: false`
 * because the API refuses unknown fields), answers from ./responses.ts as named components.
 * Served at /api/v1/openapi.json; the typed client of the tests (tests/api/schema.d.ts) is
 * generated from it, so it cannot drift from the code. It is the same for every request but for
 * the installation's address and name, so the rest is built once per process.
 */
import { z } from 'zod';
import { API_SCOPES } from '$lib/domain/api/scopes';
import { translate } from '$lib/server/i18n';
import { MAX_BODY_BYTES } from './body';
import { prepareJson, type PreparedJson } from './etag';
import { OPS } from './operations';
import type { Operation } from './operation';
import { problemSchema, responseSchemas } from './responses';

type Json = Record<string, unknown>;

const SCOPE_TEXT: Record<string, string> = {
	read: 'Read what the member may read.',
	write: 'Write as the member: posts, comments, proposals, amendments, tasks and effort.',
	vote: 'Cast or change the member’s ballots.'
};

/** A zod schema as JSON Schema for a body or query, without the `$schema` line. */
function jsonSchema(schema: z.ZodType, strict: boolean, io: 'input' | 'output' = 'input'): Json {
	const out = z.toJSONSchema(schema, {
		io,
		unrepresentable: 'any',
		target: 'draft-2020-12'
	}) as Json;
	delete out.$schema;
	if (strict && out.type === 'object') out.additionalProperties = false;
	return out;
}

const COMPONENTS = '#/components/schemas/';

/**
 * Every named answer (./responses.ts) as a component. Formats say what a time or a date is, so
 * zod's long patterns for them go; the objects are left open, so a client made from the document
 * keeps working when a later version adds a field (the tests hold the server to the exact ones).
 */
function answerComponents(): Record<string, Json> {
	const { schemas } = z.toJSONSchema(responseSchemas, {
		uri: (id) => COMPONENTS + id,
		target: 'draft-2020-12',
		unrepresentable: 'any',
		override: ({ jsonSchema: out }) => {
			if (out.format === 'date-time' || out.format === 'date') delete out.pattern;
			if (out.additionalProperties === false) delete out.additionalProperties;
			if (out.type === 'integer' && out.maximum === Number.MAX_SAFE_INTEGER) delete out.maximum;
			if (out.type === 'integer' && out.minimum === Number.MIN_SAFE_INTEGER) delete out.minimum;
		}
	}) as { schemas: Record<string, Json> };
	for (const schema of Object.values(schemas)) {
		delete schema.$schema;
		delete schema.$id;
	}
	return schemas;
}

/** The operation's answer: its component, or (for a schema without a name) the schema itself. */
function answerSchema(op: Operation): Json {
	const name = responseSchemas.get(op.response)?.id;
	return name ? { $ref: COMPONENTS + name } : jsonSchema(op.response, false, 'output');
}

function problemRef(description: string) {
	const name = responseSchemas.get(problemSchema)!.id;
	return {
		description,
		content: { 'application/problem+json': { schema: { $ref: COMPONENTS + name } } }
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
	if (op.conflict) answers['409'] = problemRef(op.conflict);
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
		content: { 'application/json': { schema: answerSchema(op) } }
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

/** Everything but the installation's address and name: the same for every request. */
let shared: { tags: Json[]; paths: Record<string, Json>; components: Json } | null = null;

function sharedParts() {
	if (shared) return shared;
	const paths: Record<string, Json> = {};
	for (const op of Object.values(OPS) as Operation[]) {
		paths[op.path] ??= {};
		paths[op.path][op.method.toLowerCase()] = operationObject(op);
	}
	shared = frozen({
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
			schemas: answerComponents()
		}
	});
	return shared;
}

/** Frozen all the way down: every request shares these objects, so none may change them. */
function frozen<T>(value: T): T {
	if (value && typeof value === 'object' && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const inner of Object.values(value)) frozen(inner);
	}
	return value;
}

/** The whole document; `origin` is the installation's address, for the server entry. */
export function openApiDocument(origin: string, title: string): Json {
	const { tags, paths, components } = sharedParts();
	return {
		openapi: '3.1.0',
		info: {
			title: `${title} API`,
			version: '1',
			description:
				'The JSON API of a Plenary installation. Reads work without a token (as a visitor) or with a token of scope `read`; writes need a personal access token (Settings → Access tokens) with scope `write` or `vote`. Errors are RFC 9457 problem details. An answer may gain fields in a later version: ignore those you do not know. See /developers.'
		},
		servers: [{ url: `${origin}/api/v1` }],
		tags,
		paths,
		components
	};
}

/** The document as served, with its ETag, for the few addresses an installation answers on. */
const served = new Map<string, PreparedJson>();
const SERVED_MAX = 4;

export function openApiAnswer(origin: string, title: string): PreparedJson {
	const key = `${origin}\n${title}`;
	let answer = served.get(key);
	if (!answer) {
		answer = prepareJson(openApiDocument(origin, title));
		// The Host header picks the origin: a few entries, so odd hosts cannot fill the memory.
		if (served.size >= SERVED_MAX) served.delete(served.keys().next().value!);
		served.set(key, answer);
	}
	return answer;
}
