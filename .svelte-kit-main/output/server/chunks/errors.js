// src/lib/server/errors.ts
var DomainError = class extends Error {
	messageKey;
	params;
	constructor(messageKey, params = {}) {
		super(messageKey);
		this.messageKey = messageKey;
		this.params = params;
	}
};
var NotFound = class extends DomainError {
	status = 404;
};
var Forbidden = class extends DomainError {
	status = 403;
};
/** An error that can point at the form fields it is about. */
var FieldError = class extends DomainError {
	fields;
	constructor(messageKey, fields = {}) {
		super(messageKey);
		this.fields = fields;
	}
};
var Conflict = class extends FieldError {
	status = 409;
};
var Invalid = class extends FieldError {
	status = 400;
};
/** Link or token that existed but can no longer be used (expired, already used). */
var Gone = class extends DomainError {
	status = 410;
};
var TooManyRequests = class extends DomainError {
	status = 429;
};
var Unauthenticated = class extends DomainError {
	status = 401;
};
export { Gone as a, TooManyRequests as c, Forbidden as i, Unauthenticated as l, DomainError as n, Invalid as o, FieldError as r, NotFound as s, Conflict as t };
