import { bigint, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { atLeast, oneOf } from './checks';
import { members } from './members';

/** What an unlinkable ballot belongs to: a decision or an election. */
export const UNLINKABLE_SUBJECTS = ['decision', 'election'] as const;
export type UnlinkableSubject = (typeof UNLINKABLE_SUBJECTS)[number];

/**
 * The RSA keys (RFC 9474, RSABSSA-SHA384-PSS-Deterministic) that sign the credentials of one
 * decision or election, one key per weight class: a ballot cast with a token this key signed
 * weighs `weight`. The private key is erased at the close (docs/ballot-secrecy.md): after it, no
 * credential can be made, and a seized server holds only the public keys the published ballots
 * were checked with.
 */
export const ballotKeys = pgTable(
	'ballot_keys',
	{
		subjectKind: text('subject_kind').$type<UnlinkableSubject>().notNull(),
		subjectId: bigint('subject_id', { mode: 'number' }).notNull(),
		weight: integer('weight').notNull(),
		/** SubjectPublicKeyInfo (DER), base64. */
		publicKey: text('public_key').notNull(),
		/** PKCS #8 (DER), base64; null once voting has closed. */
		privateKey: text('private_key')
	},
	(t) => [
		primaryKey({ columns: [t.subjectKind, t.subjectId, t.weight] }),
		oneOf('ballot_keys_subject_kind_check', t.subjectKind, UNLINKABLE_SUBJECTS),
		atLeast('ballot_keys_weight_check', t.weight, 1)
	]
);

/**
 * Who was issued their credential for a decision or election: the turnout, the "not voted yet"
 * list and the refusal of a second credential read this. Deliberately no time and no sequence:
 * nothing here can be lined up with the ballots (which hold neither voter nor time).
 */
export const ballotCredentials = pgTable(
	'ballot_credentials',
	{
		subjectKind: text('subject_kind').$type<UnlinkableSubject>().notNull(),
		subjectId: bigint('subject_id', { mode: 'number' }).notNull(),
		memberId: bigint('member_id', { mode: 'number' })
			.notNull()
			.references(() => members.id, { onDelete: 'cascade' })
	},
	(t) => [
		primaryKey({ columns: [t.subjectKind, t.subjectId, t.memberId] }),
		oneOf('ballot_credentials_subject_kind_check', t.subjectKind, UNLINKABLE_SUBJECTS)
	]
);
