import { o as Invalid } from "./errors.js";
// src/lib/server/validation.ts
/** Parse input with a schema; on failure throw Invalid with one message key per field. */
function parseInput(schema, raw) {
	const result = schema.safeParse(raw);
	if (result.success) return result.data;
	const fields = {};
	for (const issue of result.error.issues) {
		const field = String(issue.path[0] ?? "_");
		fields[field] ??= /^([a-z]+_)?error_[a-z0-9_]+$/.test(issue.message) ? issue.message : "error_invalid_value";
	}
	throw new Invalid("error_form", fields);
}
/** Postgres unique violation, raised when two requests race past a duplicate check. */
function isUniqueViolation(err, constraint) {
	const pgErr = err?.cause ?? err;
	return pgErr?.code === "23505" && (!constraint || pgErr.constraint === constraint);
}
export { parseInput as n, isUniqueViolation as t };
