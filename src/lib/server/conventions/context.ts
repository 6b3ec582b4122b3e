/**
 * A convention as the commands and pages see it: its row (locked when asked), its agenda, the
 * chair rotation, and the facts the policy needs about the viewer.
 */
import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { conventionDelegates, conventionItems, conventions } from '$lib/server/db/schema';
import { NotFound } from '$lib/server/errors';
import { inChapter, type Actor, type ScopeRef } from '$lib/domain/members/actor';
import { chairFor, type AgendaState } from '$lib/domain/conventions/agenda';
import type { ConventionSubject } from './policy';

export function scopeOf(c: { scopeKind: string; scopeId: number | null }): ScopeRef {
	return c.scopeKind === 'chapter'
		? { kind: 'chapter', id: Number(c.scopeId) }
		: { kind: 'organisation' };
}

export function inConventionScope(
	viewer: Actor | null,
	c: { scopeKind: string; scopeId: number | null }
): boolean {
	if (!viewer) return false;
	return c.scopeKind === 'organisation' || inChapter(viewer, c.scopeId);
}

export async function loadConvention(
	db: Queryable,
	viewer: Actor | null,
	id: number,
	lock?: 'update' | 'share'
) {
	const query = db.select().from(conventions).where(eq(conventions.id, id));
	const [convention] = lock ? await query.for(lock === 'update' ? 'update' : 'share') : await query;
	if (!convention) throw new NotFound('convention_error_not_found');
	// In turn, not Promise.all: commands load it on their transaction, which is one connection.
	const items = await db
		.select()
		.from(conventionItems)
		.where(eq(conventionItems.conventionId, id))
		.orderBy(asc(conventionItems.position));
	const rotation = await db
		.select({ memberId: conventionDelegates.memberId })
		.from(conventionDelegates)
		.where(and(eq(conventionDelegates.conventionId, id), isNotNull(conventionDelegates.chairTurn)))
		.orderBy(asc(conventionDelegates.chairTurn));
	const mine = viewer
		? await db
				.select({ one: sql<number>`1` })
				.from(conventionDelegates)
				.where(
					and(eq(conventionDelegates.conventionId, id), eq(conventionDelegates.memberId, viewer.id))
				)
		: [];
	const open = items.find((i) => i.status === 'open') ?? null;
	const done = items.filter((i) => i.status === 'done').length;
	// Between items the next item's chair holds the chair: the rotation turns once per item.
	const chairId =
		open?.chairId ??
		chairFor(
			rotation.map((r) => r.memberId),
			done
		);
	const state: AgendaState = {
		phase: convention.phase,
		adopted: convention.agendaAdoptedAt !== null,
		items: items.map((i) => ({ id: i.id, position: i.position, status: i.status }))
	};
	const subject: ConventionSubject = {
		phase: convention.phase,
		scope: scopeOf(convention),
		inScope: inConventionScope(viewer, convention),
		isDelegate: mine.length > 0,
		isChair: !!viewer && chairId === viewer.id,
		isCaller: !!viewer && convention.createdById === viewer.id
	};
	return {
		convention,
		items,
		open,
		rotation: rotation.map((r) => r.memberId),
		chairId,
		state,
		subject
	};
}

export type ConventionContext = Awaited<ReturnType<typeof loadConvention>>;
