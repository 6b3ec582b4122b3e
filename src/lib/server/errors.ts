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
export class Conflict extends DomainError {
	readonly status = 409;
	constructor(
		messageKey: MessageKey,
		readonly fields: FieldErrors = {}
	) {
		super(messageKey);
	}
}
export class Invalid extends DomainError {
	readonly status = 400;
	constructor(
		messageKey: MessageKey,
		readonly fields: FieldErrors = {}
	) {
		super(messageKey);
	}
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
