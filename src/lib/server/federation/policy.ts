import { may, type Actor } from '$lib/domain/members/actor';

export type FederationAction = 'federate-blog' | 'follow-as-organisation';

/**
 * Who may do what with federation. Only the member themselves chooses whether their blog
 * federates, and only once their address is confirmed (an unconfirmed account has no public voice
 * anywhere else either). The organisation blog follows others on the word of those who may write
 * for it.
 */
export function can(
	actor: Actor | null,
	action: FederationAction,
	subject: { memberId: number; deleted: boolean } | null = null
): boolean {
	switch (action) {
		case 'federate-blog':
			return (
				!!actor && !!subject && actor.confirmed && actor.id === subject.memberId && !subject.deleted
			);
		case 'follow-as-organisation':
			return !!actor && may(actor, 'post') && may(actor, 'write-organisation-news');
	}
}
