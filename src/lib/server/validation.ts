import type { z } from 'zod';
import { Invalid, type FieldErrors } from './errors';

/** Parse input with a schema; on failure throw Invalid with one message key per field. */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
	const result = schema.safeParse(raw);
	if (result.success) return result.data;
	const fields: FieldErrors = {};
	for (const issue of result.error.issues) {
		const field = String(issue.path[0] ?? '_');
		// The first problem per field is the one worth showing. Our schemas' messages are keys
		// (`error_…`, or an area's `post_error_…`); zod's own English never reaches a reader.
		fields[field] ??= /^([a-z]+_)?error_[a-z0-9_]+$/.test(issue.message)
			? issue.message
			: 'error_invalid_value';
	}
	throw new Invalid('error_form', fields);
}

/** Postgres unique violation, raised when two requests race past a duplicate check. */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
	const e = (err as { cause?: unknown })?.cause ?? err;
	const pgErr = e as { code?: string; constraint?: string };
	return pgErr?.code === '23505' && (!constraint || pgErr.constraint === constraint);
}
