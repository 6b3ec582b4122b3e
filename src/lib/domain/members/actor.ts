/**
 * The one shape of "who is acting" that every policy, command and query receives. Built once per
 * request by the server hook (`loadActor`), never by hand in a route: a hand-made actor is how a
 * lapsed member once slipped past the decision policy. Pure: no I/O here.
 */
import type { Right } from './tiers';

/** A chapter the member belongs to, and since when (a minimum membership age can depend on it). */
export type ChapterMembership = { chapterId: number; joinedAt: Date; home: boolean };

/** Where a mandate's rights apply: the whole organisation, or one chapter, committee or project. */
export type ScopeRef =
	{ kind: 'organisation' } | { kind: 'chapter' | 'committee' | 'project'; id: number };

/** A role held for a time: its rights apply inside its scope, from its start to its end. */
export type Mandate = {
	id: number;
	role: string;
	scope: ScopeRef;
	rights: readonly Right[];
	startsAt: Date;
	endsAt: Date | null;
};

export type Actor = {
	id: number;
	tier: string;
	/** Inactive past the lapsing rule: their content stays, their rights wait until they are back. */
	lapsed: boolean;
	/** Has confirmed their e-mail address. */
	confirmed: boolean;
	chapters: readonly ChapterMembership[];
	/** The same chapters' ids, for the many checks that need only those. */
	chapterIds: readonly number[];
	mandates: readonly Mandate[];
	/** Rights from the member's tier under the instance's rights table (empty while lapsed). */
	tierRights: ReadonlySet<Right>;
};

/** Does this mandate's scope cover the subject's scope? An organisation mandate covers all. */
function covers(scope: ScopeRef, where: ScopeRef): boolean {
	if (scope.kind === 'organisation') return true;
	return where.kind === scope.kind && where.id === scope.id;
}

function current(m: Mandate, now: Date): boolean {
	return m.startsAt <= now && (m.endsAt === null || now < m.endsAt);
}

/**
 * May the actor exercise this right here? Every right in every policy is asked through this one
 * function: tier rights apply everywhere, a mandate's only inside its scope and its term, and a
 * lapsed member has none until they confirm they are back.
 */
export function may(
	actor: Actor | null,
	right: Right,
	where: ScopeRef = { kind: 'organisation' },
	now: Date = new Date()
): boolean {
	if (!actor || actor.lapsed) return false;
	if (actor.tierRights.has(right)) return true;
	return actor.mandates.some(
		(m) => m.rights.includes(right) && current(m, now) && covers(m.scope, where)
	);
}

export function inChapter(actor: Actor | null, chapterId: number | null | undefined): boolean {
	return !!actor && chapterId != null && actor.chapterIds.includes(chapterId);
}

/** When the actor joined this chapter, or null when they are not in it. */
export function joinedChapterAt(actor: Actor | null, chapterId: number): Date | null {
	return actor?.chapters.find((c) => c.chapterId === chapterId)?.joinedAt ?? null;
}
