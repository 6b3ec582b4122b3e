/**
 * Reading a JSON request body for the API, with a precise answer for each way it can be wrong:
 * not JSON by its content type (415), larger than the API accepts (413), not parseable (400),
 * not an object, or holding a NUL character PostgreSQL cannot store (400). Fields the operation
 * does not know are refused (400, naming each) rather than ignored, so a misspelt field is not
 * silently dropped; the known fields come from the same zod schema the form uses.
 */
import { z } from 'zod';
import { holdsNul } from '$lib/server/http';
import { ApiProblem } from './problem';

/** The largest body the API reads: the longest text a form takes, four bytes a character, twice. */
export const MAX_BODY_BYTES = 512 * 1024;

const JSON_TYPE = /^application\/([a-z0-9.+-]+\+)?json$/;

/** A body whose content type is not JSON (a form, text/plain, none at all): 415. */
export function refuseNonJson(request: Request): void {
	const type = request.headers.get('content-type')?.split(';', 1)[0].trim().toLowerCase() ?? '';
	if (!JSON_TYPE.test(type)) throw new ApiProblem('unsupported-media-type', 'api_error_json_only');
}

export async function readJsonBody(request: Request): Promise<Record<string, unknown>> {
	refuseNonJson(request);
	const declared = Number(request.headers.get('content-length') ?? 0);
	if (declared > MAX_BODY_BYTES) throw tooLarge();
	let text: string;
	try {
		text = await request.text();
	} catch (e) {
		// adapter-node stops a body over its BODY_SIZE_LIMIT with a 413 of its own.
		if ((e as { status?: number })?.status === 413) throw tooLarge();
		throw new ApiProblem('malformed-json', 'api_error_malformed_json');
	}
	if (new TextEncoder().encode(text).length > MAX_BODY_BYTES) throw tooLarge();
	let body: unknown;
	try {
		body = JSON.parse(text);
	} catch {
		throw new ApiProblem('malformed-json', 'api_error_malformed_json');
	}
	if (body === null || typeof body !== 'object' || Array.isArray(body))
		throw new ApiProblem('malformed-json', 'api_error_not_object');
	if (holdsNul(body)) throw new ApiProblem('bad-request', 'error_bad_characters');
	return body as Record<string, unknown>;
}

function tooLarge() {
	return new ApiProblem('body-too-large', 'api_error_body_too_large', {
		params: { kilobytes: MAX_BODY_BYTES / 1024 }
	});
}

/** The fields a schema takes, read from the same JSON Schema the OpenAPI document shows. */
const known = new WeakMap<z.ZodType, Set<string>>();
export function fieldsOf(schema: z.ZodType): Set<string> {
	let fields = known.get(schema);
	if (!fields) {
		const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
			properties?: Record<string, unknown>;
		};
		fields = new Set(Object.keys(json.properties ?? {}));
		known.set(schema, fields);
	}
	return fields;
}

/** Refuse every field `schema` does not take (nor `extra` allows), naming each. */
export function refuseUnknownFields(
	body: Record<string, unknown>,
	schema: z.ZodType,
	extra?: RegExp
): void {
	const fields = fieldsOf(schema);
	const unknown = Object.keys(body).filter((k) => !fields.has(k) && !extra?.test(k));
	if (unknown.length)
		throw new ApiProblem('invalid', 'api_error_unknown_fields', {
			errors: Object.fromEntries(unknown.map((k) => [k, 'api_error_unknown_field']))
		});
}
