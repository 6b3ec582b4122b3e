/**
 * Builds the one Actor (src/lib/domain/members/actor.ts) from the database: the member, their
 * chapters with the date joined, their current mandates, and their tier's rights under the
 * instance's rights table, in a single query. The server hook calls it once per request; tests call
 * it too, so a policy is never tested against an actor the app could not produce.
 */
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import type { Actor, ChapterMembership, Mandate, ScopeRef } from '$lib/domain/members/actor';
import { isRight } from '$lib/domain/members/tiers';
import { DEFAULT_TIER_RIGHTS, isTier, normaliseTierRights } from '$lib/domain/members/tiers';

type Row = {
	id: number | string;
	tier: string;
	lapsed: boolean;
	confirmed: boolean;
	tier_rights: unknown;
	chapters: { chapterId: number | string; joinedAt: string; home: boolean }[] | null;
	mandates:
		| {
				id: number | string;
				role: string;
				scopeKind: string;
				scopeId: number | string | null;
				rights: string[] | null;
				startsAt: string;
				endsAt: string | null;
		  }[]
		| null;
};

/** The actor's one row; the callers add which member. */
const ACTOR_SELECT = sql`
	select m.id, m.tier, m.lapsed_at is not null as lapsed,
		m.email_verified_at is not null as confirmed,
		(select value from instance_settings where key = 'members.tier_rights') as tier_rights,
		(select json_agg(json_build_object('chapterId', cm.chapter_id, 'joinedAt', cm.joined_at,
				'home', cm.home) order by cm.chapter_id)
			from chapter_memberships cm where cm.member_id = m.id) as chapters,
		(select json_agg(json_build_object('id', md.id, 'role', md.role, 'scopeKind', md.scope_kind,
				'scopeId', md.scope_id, 'rights', r.rights, 'startsAt', md.starts_at, 'endsAt', md.ends_at)
				order by md.id)
			from mandates md join roles r on r.key = md.role where md.member_id = m.id and (md.ends_at is null or md.ends_at > now()))
			as mandates
	from members m`;

/** The actor for a member id, or null when there is no such (undeleted) member. */
export async function loadActor(db: Queryable, memberId: number): Promise<Actor | null> {
	const result = await db.execute<Row>(
		sql`${ACTOR_SELECT} where m.id = ${memberId} and m.deleted_at is null`
	);
	const row = result.rows[0];
	return row ? actorFromRow(row) : null;
}

/**
 * The same actor as one JSON column of another query, for the member whose id `memberId` names
 * there: the session's check reads it with the session, one statement on every logged-in request
 * instead of two. Read it with `actorFromColumn`.
 */
export function actorColumn(memberId: SQLWrapper): SQL<Row | null> {
	return sql<Row | null>`(select row_to_json(a) from (${ACTOR_SELECT}
		where m.id = ${memberId} and m.deleted_at is null) a)`;
}

export function actorFromColumn(value: unknown): Actor | null {
	if (value == null) return null;
	return actorFromRow((typeof value === 'string' ? JSON.parse(value) : value) as Row);
}

function actorFromRow(row: Row): Actor {
	const table =
		row.tier_rights == null ? DEFAULT_TIER_RIGHTS : normaliseTierRights(row.tier_rights);
	const chapters: ChapterMembership[] = (row.chapters ?? []).map((c) => ({
		chapterId: Number(c.chapterId),
		joinedAt: new Date(c.joinedAt),
		home: c.home
	}));
	const mandates: Mandate[] = (row.mandates ?? []).map((m) => ({
		id: Number(m.id),
		role: m.role,
		scope: scopeOf(m.scopeKind, m.scopeId),
		rights: (m.rights ?? []).filter(isRight),
		startsAt: new Date(m.startsAt),
		endsAt: m.endsAt ? new Date(m.endsAt) : null
	}));
	return {
		id: Number(row.id),
		tier: row.tier,
		lapsed: row.lapsed,
		confirmed: row.confirmed,
		chapters,
		chapterIds: chapters.map((c) => c.chapterId),
		mandates,
		tierRights: new Set(isTier(row.tier) ? table[row.tier] : [])
	};
}

function scopeOf(kind: string, id: number | string | null): ScopeRef {
	if (kind === 'chapter' || kind === 'committee' || kind === 'project')
		return { kind, id: Number(id) };
	return { kind: 'organisation' };
}
