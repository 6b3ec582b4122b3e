/**
 * Who may do what on the mutual aid board. Pure: commands and queries call it with what they
 * loaded. Tested as a table in policy.test.ts.
 *
 * Posting needs the tier's 'post' right (asked through `may`), so friends post offers and
 * requests as members do, and a lapsed member waits until they are back. Anyone, visitors
 * included, reads what is on the board; a post that has left it (fulfilled, withdrawn or
 * expired) is its author's alone. Only the author edits, withdraws or marks fulfilled, and only
 * while the post is open (an expired one may be edited to put it back with a new expiry).
 */
import { may, type Actor } from '$lib/domain/members/actor';

export type AidSubject = {
	authorId: number;
	status: string;
	/** Still ahead of its expiry. */
	current: boolean;
};

export type AidAction = 'post' | 'view' | 'answer' | 'edit' | 'fulfil' | 'withdraw';

const own = (actor: Actor | null, post: AidSubject | null) =>
	!!actor && !!post && post.authorId === actor.id;

/** On the board: open and not expired. */
export const onBoard = (post: AidSubject) => post.status === 'open' && post.current;

export function can(actor: Actor | null, action: AidAction, post: AidSubject | null): boolean {
	switch (action) {
		case 'post':
			return may(actor, 'post');
		case 'view':
			return !!post && (onBoard(post) || own(actor, post));
		case 'answer':
			// Answering is a private message: for a confirmed account, to someone else's open post.
			return !!actor && actor.confirmed && !!post && onBoard(post) && !own(actor, post);
		case 'edit':
			return own(actor, post) && !actor!.lapsed && post!.status === 'open';
		case 'fulfil':
		case 'withdraw':
			return own(actor, post) && post!.status === 'open';
	}
}
