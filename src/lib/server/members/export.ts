/**
 * "Everything about me": a member's own data as one JSON document.
 *
 * The tables are not listed by hand. Every row of every table that points at the member through a
 * foreign key to `members.id` is included, found in the database's own catalogue when the export
 * runs, so a table added later is exported without anyone remembering to add it here. What is
 * left out is what would weaken the account if the file leaked: the password hash and the digests
 * that stand for live sessions, known devices and mailed links.
 */
import { sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import type { Actor } from '$lib/domain/members/actor';
import { conversationsForExport } from '$lib/server/messages/queries';

/** Columns never exported: credentials, and digests a stolen file could be matched against. */
const SECRET_COLUMN = /(^password|hash|secret|token|^key$)/i;
/** Tables whose primary key is itself the digest of a secret (a session cookie, a mailed link). */
const DIGEST_KEYED = new Set(['sessions', 'known_devices', 'email_tokens']);
/** References that are someone else's, not the member's: who blocked them is the blocker's alone. */
const NOT_THEIRS = new Set(['member_blocks.blocked_id']);

type Row = Record<string, unknown>;
export type MemberExport = {
	format: 'plenary-member-export';
	version: 1;
	exportedAt: string;
	member: Row;
	/** Table name → the column that points at the member → the rows. */
	tables: Record<string, Record<string, Row[]>>;
	/** What the member did, as the event log records it (ids and counts, no content). */
	events: Row[];
	/** Mail the site sent (or holds) for the member's address: subjects and times only, since a
	 * body may hold a link that still works. */
	mail: Row[];
	/** The private conversations they take part in, with every message (src/lib/server/messages). */
	conversations: Row[];
};

/** The foreign keys that point at `members.id`, from the database catalogue. */
export async function memberReferences(
	db: Queryable
): Promise<{ table: string; column: string }[]> {
	const result = await db.execute(sql`
		select cl.relname as table, att.attname as column
		from pg_constraint con
		join pg_class cl on cl.oid = con.conrelid
		join pg_namespace ns on ns.oid = cl.relnamespace
		join pg_attribute att on att.attrelid = con.conrelid and att.attnum = con.conkey[1]
		where con.contype = 'f' and con.confrelid = 'members'::regclass
			and ns.nspname = current_schema() and array_length(con.conkey, 1) = 1
		order by cl.relname, att.attname`);
	return result.rows as { table: string; column: string }[];
}

function withoutSecrets(table: string, row: Row): Row {
	const kept: Row = {};
	for (const [column, value] of Object.entries(row)) {
		if (SECRET_COLUMN.test(column)) continue;
		if (column === 'id' && DIGEST_KEYED.has(table)) continue;
		kept[column] = value;
	}
	return kept;
}

/** Everything stored about the actor, for the actor alone. */
export async function exportMemberData(db: Queryable, actor: Actor): Promise<MemberExport> {
	const [member] = (await db.execute(sql`select * from members where id = ${actor.id}`))
		.rows as Row[];
	const tables: MemberExport['tables'] = {};
	for (const { table, column } of await memberReferences(db)) {
		if (NOT_THEIRS.has(`${table}.${column}`)) continue;
		const rows = (
			await db.execute(
				sql`select * from ${sql.identifier(table)} where ${sql.identifier(column)} = ${actor.id}`
			)
		).rows as Row[];
		if (!rows.length) continue;
		(tables[table] ??= {})[column] = rows.map((r) => withoutSecrets(table, r));
	}
	const events = (
		await db.execute(
			sql`select type, subject_type, subject_id, data, created_at from events
				where actor_id = ${actor.id} order by id`
		)
	).rows as Row[];
	const mail = (
		await db.execute(
			sql`select subject, created_at, sent_at from mail_outbox
				where to_address = ${member.email} order by id`
		)
	).rows as Row[];
	return {
		format: 'plenary-member-export',
		version: 1,
		exportedAt: new Date().toISOString(),
		member: withoutSecrets('members', member),
		tables,
		events,
		mail,
		conversations: (await conversationsForExport(db, actor.id)) as Row[]
	};
}
