/** What the "call an election" form offers: the roles, the organisation, the member's chapters, the committees. */
import { asc } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { committees, roles } from '$lib/server/db/schema';
import { refOf, scopeLabels } from '$lib/server/decisions/scope-names';
import type { Locale } from '$lib/server/i18n';
import type { Actor } from '$lib/domain/members/actor';

export async function callOptions(db: Queryable, actor: Actor, locale: Locale) {
	const roleRows = await db
		.select({ key: roles.key, scopeKinds: roles.scopeKinds, seats: roles.seats })
		.from(roles)
		.orderBy(asc(roles.id));
	// The whole organisation elects a committee's seats (context.ts), so every committee is offered.
	const committeeRows = await db
		.select({ id: committees.id })
		.from(committees)
		.orderBy(asc(committees.id));
	const refs = [
		{ kind: 'organisation', id: null },
		...actor.chapterIds.map((id) => ({ kind: 'chapter', id })),
		...committeeRows.map((c) => ({ kind: 'committee', id: c.id }))
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
