/**
 * What every decision reader shares: who is reading, how members are named to them, and the
 * policy asked about a decision already loaded.
 */
import { members } from '$lib/server/db/schema';
import { visibleName } from '$lib/server/members/privacy';
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

/** The columns a member is shown by. */
export const person = {
	id: members.id,
	handle: members.handle,
	displayName: members.displayName,
	showFullName: members.showFullName
};

export type PersonRow = { id: number; handle: string; displayName: string; showFullName: boolean };
export type Named = { id: number; handle: string; name: string };

/** A member as the viewer may see them. */
export const named = (p: PersonRow, viewer: Viewer): Named => ({
	id: p.id,
	handle: p.handle,
	name: visibleName(p, viewer)
});
