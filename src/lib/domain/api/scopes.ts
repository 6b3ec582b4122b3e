/**
 * What a personal access token may be used for. A token carries one or more scopes; each API
 * operation names the one it needs, and a token without it gets 403 insufficient_scope. The
 * member's own rights still decide everything else: a scope never grants what the member could
 * not do through a form.
 *
 * - read:  read what the member may read (the same queries as the pages);
 * - write: what a member writes (posts, comments, proposals, amendments, claiming tasks, effort);
 * - vote:  cast or change ballots, kept apart so a bot that posts reminders cannot vote.
 */
export const API_SCOPES = ['read', 'write', 'vote'] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export function isApiScope(value: unknown): value is ApiScope {
	return (API_SCOPES as readonly unknown[]).includes(value);
}
