/** A problem the operator can fix: printed as one clear message, without a stack trace. */
export class BackupError extends Error {}
