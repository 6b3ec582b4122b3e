/**
 * What a moderation jury can review. Moderation knows no area: each flaggable area (comments,
 * posts, threads, private messages) registers here how a jury reads one of its things and how a
 * verdict hides or restores it, the way commentable areas register with comments. A jury sees
 * the flagged item alone, never the rest of a private conversation.
 */
import type { Tx } from '$lib/server/db/client';

export type ModerationItem = {
	/** Null for a reply from another server: no member wrote it (federation/moderated.ts). */
	authorId: number | null;
	/** The flagged text as its author wrote it (Markdown), shown to the jurors. */
	body: string;
	/** A title for lists and the public log (a post's title; "a comment on …"; "a private message"). */
	title: string;
	/** Where a reader finds it, or null when only its participants may (a private message). */
	url: string | null;
	/** Members who may not sit on its jury besides the author and the flaggers: the thread's or conversation's participants. */
	participantIds: number[];
};

export type ModerationSubject = {
	/** The item as the jury sees it, whatever its state; null if it no longer exists. */
	load(tx: Tx, id: number): Promise<ModerationItem | null>;
	/** Apply a verdict: hidden (by a jury) or shown again (kept, or restored on appeal). */
	setHidden(tx: Tx, id: number, hidden: boolean): Promise<void>;
};

const registry = new Map<string, ModerationSubject>();

/** Called once by each flaggable area. */
export function registerModerationSubject(type: string, subject: ModerationSubject): void {
	registry.set(type, subject);
}

export function moderationSubjectOf(type: string): ModerationSubject {
	const subject = registry.get(type);
	if (!subject) throw new Error(`No moderation subject registered for ${type}`);
	return subject;
}
