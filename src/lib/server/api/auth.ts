/**
 * Who is calling the API, and whether they may make this call.
 *
 * - `Authorization: Bearer <token>`: the token's member, if the token works (known, not revoked,
 *   not expired, its member neither deleted nor lapsed) and carries the operation's scope. A token
 *   is read here only: the server hook never looks at the header, so a token opens no page and
 *   no form.
 * - No header, a read: the browser's session if it has one (the same Actor as its pages), else a
 *   visitor. Another site's page cannot read the answer (the API sends no CORS headers).
 * - No header, a write: refused. A session cookie never authorises an API write, so a page on
 *   another site cannot make a signed-in browser post through the API (no CSRF token needed:
 *   the browser never sends the bearer token by itself). The site's own forms use their actions.
 */
import type { RequestEvent } from '@sveltejs/kit';
import type { Actor } from '$lib/domain/members/actor';
import type { ApiScope } from '$lib/domain/api/scopes';
import { ApiProblem } from './problem';
import { authenticateToken, type TokenRefusal } from './tokens';

const REALM = 'Bearer realm="api"';

/** Why a token was refused, as the detail of the 401. */
const REFUSALS: Record<TokenRefusal, string> = {
	malformed: 'api_error_token_malformed',
	unknown: 'api_error_token_unknown',
	revoked: 'api_error_token_revoked',
	expired: 'api_error_token_expired',
	lapsed: 'api_error_token_lapsed'
};

export async function callerFor(
	event: Pick<RequestEvent, 'request' | 'locals'>,
	scope: ApiScope,
	write: boolean
): Promise<Actor | null> {
	const header = event.request.headers.get('authorization');
	if (header === null) {
		if (write)
			throw new ApiProblem('unauthenticated', 'api_error_token_required', {
				headers: { 'www-authenticate': REALM }
			});
		return event.locals.actor;
	}
	const bearer = /^Bearer +(\S+) *$/i.exec(header);
	if (!bearer)
		throw new ApiProblem('unauthenticated', 'api_error_not_bearer', {
			headers: { 'www-authenticate': `${REALM}, error="invalid_request"` }
		});
	const found = await authenticateToken(event.locals.db, bearer[1]);
	if (typeof found === 'string')
		throw new ApiProblem('invalid-token', REFUSALS[found], {
			headers: {
				'www-authenticate': `${REALM}, error="invalid_token", error_description="token ${found}"`
			}
		});
	if (!found.scopes.has(scope))
		throw new ApiProblem('insufficient-scope', 'api_error_scope', {
			params: { scope },
			headers: { 'www-authenticate': `${REALM}, error="insufficient_scope", scope="${scope}"` }
		});
	return found.actor;
}
