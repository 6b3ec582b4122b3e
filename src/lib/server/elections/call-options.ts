/** What the "call an election" form offers: the roles, and the scopes the member belongs to. */
import { asc, eq } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { committeeMembers, roles } from '$lib/server/db/schema';
import { refOf, scopeLabels } from '$lib/server/decisions/scope-names';
import type { Locale } from '$lib/server/i18n';
import type { Actor } from '$lib/domain/members/actor';

export async function callOptions(db: Queryable, actor: Actor, locale: Locale) {
	const roleRows = await db
		.select({ key: roles.key, scopeKinds: roles.scopeKinds, seats: roles.seats })
		.from(roles)
		.orderBy(asc(roles.id));
	const committees = await db
		.select({ id: committeeMembers.committeeId })
		.from(committeeMembers)
		.where(eq(committeeMembers.memberId, actor.id));
	const refs = [
		{ kind: 'organisation', id: null },
		...actor.chapterIds.map((id) => ({ kind: 'chapter', id })),
		...committees.map((c) => ({ kind: 'committee', id: c.id }))
	];
	const labels = await scopeLabels(db, actor, locale, refs);
	return {
		roles: roleRows,
		scopes: refs.map((r) => {
			const ref = refOf(r.kind, r.id);
			return { ref, kind: r.kind, name: labels.get(ref)?.name ?? ref };
		})
	};
}
