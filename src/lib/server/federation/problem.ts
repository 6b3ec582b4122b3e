import { problemDocument } from '$lib/server/api/problem';
import { translate } from '$lib/server/i18n';
import { tagUri } from '$lib/server/writing/feeds';

/**
 * RFC 9457 problem details for what the inboxes refuse. Each refusal has its own `type` (a tag
 * URI, listed with its meaning in docs/federation.md) and status, so the remote server's operator
 * can tell a clock gone wrong from a key that does not match.
 */
export const INBOX_PROBLEMS = {
	disabled: { status: 404, title: 'federation_problem_disabled' },
	'unknown-actor': { status: 404, title: 'federation_problem_unknown_actor' },
	'unknown-post': { status: 404, title: 'federation_problem_unknown_post' },
	'unsupported-media-type': { status: 415, title: 'federation_problem_media_type' },
	'body-too-large': { status: 413, title: 'federation_problem_too_large' },
	'malformed-json': { status: 400, title: 'federation_problem_malformed_json' },
	'not-an-activity': { status: 400, title: 'federation_problem_not_activity' },
	unsigned: { status: 401, title: 'federation_problem_unsigned' },
	malformed: { status: 401, title: 'federation_problem_malformed_signature' },
	stale: { status: 401, title: 'federation_problem_stale' },
	digest: { status: 401, title: 'federation_problem_digest' },
	'unknown-key': { status: 401, title: 'federation_problem_unknown_key' },
	'bad-signature': { status: 401, title: 'federation_problem_bad_signature' },
	'actor-mismatch': { status: 401, title: 'federation_problem_actor_mismatch' },
	'object-on-another-host': { status: 401, title: 'federation_problem_object_host' },
	'comments-locked': { status: 422, title: 'federation_problem_comments_locked' },
	'empty-reply': { status: 422, title: 'federation_problem_empty_reply' },
	'too-many-replies': { status: 429, title: 'federation_problem_too_many' }
} as const;
export type InboxProblem = keyof typeof INBOX_PROBLEMS;

export function inboxProblem(kind: InboxProblem, url: URL, detail?: string): Response {
	const { status, title } = INBOX_PROBLEMS[kind];
	const text = translate(title);
	return problemDocument(
		{
			type: tagUri(url.origin, `/federation/problem/${kind}`),
			title: text,
			status,
			detail: detail ? `${text} (${detail})` : text,
			instance: url.pathname
		},
		{
			...(status === 401 ? { 'www-authenticate': 'Signature realm="inbox"' } : {}),
			...(status === 429 ? { 'retry-after': '3600' } : {})
		}
	);
}
