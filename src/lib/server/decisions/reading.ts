/**
 * What every decision reader shares: who is reading, how members are named to them, and the
 * policy asked about a decision already loaded.
 */
import { sql } from 'drizzle-orm';
import { members } from '$lib/server/db/schema';
import { isListed, profileOpen, publicName } from '$lib/server/members/privacy';
import type { DecisionContext } from './context';
import { can, type DecisionAction, type DecisionActor } from './policy';

/** Who is reading: a member or a visitor (names respect each member's privacy setting). */
export type Viewer = DecisionActor;

/**
 * May the viewer take this action on the loaded decision, judged at `now`? Pages show a form
 * exactly when the command behind it would accept.
 */
export function allowed(
	viewer: Viewer,
	ctx: DecisionContext,
	action: DecisionAction,
	now?: Date
): boolean {
	return can(viewer, action, now ? { ...ctx.subject, now } : ctx.subject);
}

/**
 * The columns a member is shown by, for this viewer: the name through publicName (never the raw
 * column) and whether their profile opens for the viewer, so a name links only where it leads.
 */
export const personFor = (viewer: Viewer) => ({
	id: members.id,
	handle: members.handle,
	name: publicName(viewer),
	profile: profileOpen(viewer)
});

export type PersonRow = { id: number; handle: string; name: string; profile: boolean };
export type Named = PersonRow;

/** A member as the viewer may see them (the row personFor selected, without extra columns). */
export const named = (p: PersonRow): Named => ({
	id: p.id,
	handle: p.handle,
	name: p.name,
	profile: p.profile
});

/**
 * Lists of members (who has not voted, who declared a stake, who co-signed) name only members
 * listed in the directory, and the viewer themself; the others are counted, never named. What a
 * member wrote under their name (a proposal, an amendment, a report) and an open ballot keep it:
 * see docs/ballot-secrecy.md.
 */
export const listedFor = (viewer: Viewer) =>
	sql<boolean>`(${isListed} or ${members.id} = ${viewer?.id ?? 0})`;

export type PeopleList<T> = { people: T[]; unlisted: number };

/** Rows carrying `listed` (from `listedFor`): the listed ones as the viewer sees them, the rest counted. */
export function splitListed<T extends { listed: boolean }, U>(
	rows: T[],
	show: (row: T) => U
): PeopleList<U> {
	const people = rows.filter((r) => r.listed).map(show);
	return { people, unlisted: rows.length - people.length };
}
