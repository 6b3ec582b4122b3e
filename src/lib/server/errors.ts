/**
 * Typed domain errors. Commands throw them; one place (hooks.server.ts for pages and the API,
 * form helpers for actions) maps them to an HTTP status and a translated message. The message
 * is a translation key, never English text, so every answer can be shown in the reader's language.
 */
export type MessageKey = string;
export type FieldErrors = Record<string, MessageKey>;

export abstract class DomainError extends Error {
	abstract readonly status: number;
	constructor(
		readonly messageKey: MessageKey,
		readonly params: Record<string, string | number> = {}
	) {
		super(messageKey);
	}
}

export class NotFound extends DomainError {
	readonly status = 404;
}
export class Forbidden extends DomainError {
	readonly status = 403;
}
/** An error that can point at the form fields it is about. */
export abstract class FieldError extends DomainError {
	constructor(
		messageKey: MessageKey,
		readonly fields: FieldErrors = {}
	) {
		super(messageKey);
	}
}
export class Conflict extends FieldError {
	readonly status = 409;
}
export class Invalid extends FieldError {
	readonly status = 400;
}
/** Link or token that existed but can no longer be used (expired, already used). */
export class Gone extends DomainError {
	readonly status = 410;
}
export class TooManyRequests extends DomainError {
	readonly status = 429;
}
export class Unauthenticated extends DomainError {
	readonly status = 401;
}
