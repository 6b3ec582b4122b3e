import { randomUUID } from 'node:crypto';
import { translate } from './i18n';

/**
 * A fault nobody expected: logged with a short id, and the person sees only a translated message
 * and the id to quote. The server hook's handleError and the ballot door answer through this.
 */
export function unexpectedError(error: unknown): { message: string; id: string } {
	const id = randomUUID().slice(0, 8);
	console.error(`[error ${id}]`, error);
	return { message: translate('error_unexpected'), id };
}
