/**
 * What this browser keeps for a member between visits: drafts of comments, and the credential of
 * an unlinkable ballot. Each is kept under the member's own account, so on a computer several
 * people share, another account never finds it (a draft prefilled in someone else's box, or a
 * credential that would change someone else's ballot); logging out forgets the drafts.
 */

const DRAFTS = 'plenary.comment-draft:';

/** Where a member's draft of a comment on one subject (or a reply to one comment) is kept. */
export function draftKey(memberId: number, subject: string, parentId: number | null): string {
	return `${DRAFTS}${memberId}:${subject}:${parentId ?? 'new'}`;
}

/**
 * Forget every comment draft this browser holds, whoever wrote it: called on logging out, so the
 * next person at the screen finds none (drafts kept before they were kept per account included).
 */
export function forgetDrafts(storage: Pick<Storage, 'length' | 'key' | 'removeItem'>): void {
	const keys: string[] = [];
	for (let i = 0; i < storage.length; i++) {
		const key = storage.key(i);
		if (key?.startsWith(DRAFTS)) keys.push(key);
	}
	for (const key of keys) storage.removeItem(key);
}

/** Where this browser keeps a member's credential for an unlinkable ballot. */
export function credentialKey(memberId: number, kind: 'decision' | 'election', id: number): string {
	return `plenary:unlinkable:${memberId}:${kind}:${id}`;
}
