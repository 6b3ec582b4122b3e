/**
 * Roles a mandate can name, and the rights each gives inside the mandate's scope. The rights are
 * the same ones tiers give (tiers.ts), so every policy asks one question: `may(actor, right, where)`.
 * Roles are rows of the `roles` table that the members change by decision; these are the ones
 * every organisation starts with (the migration that made the table inserts them).
 */
import type { ScopeRef } from './actor';
import type { Right } from './tiers';

export type RoleDefinition = {
	key: string;
	scopeKinds: ScopeRef['kind'][];
	rights: Right[];
	seats: number;
	termMonths: number;
	termLimit: number | null;
	maxConsecutive: number | null;
};

export const DEFAULT_ROLES: readonly RoleDefinition[] = [
	{
		// Runs a chapter (or, held at organisation scope, the organisation's own spaces).
		key: 'facilitator',
		scopeKinds: ['organisation', 'chapter'],
		rights: ['write-organisation-news', 'pin-thread', 'lock-thread', 'manage-forums'],
		seats: 2,
		termMonths: 12,
		termLimit: null,
		maxConsecutive: 2
	},
	{
		// A seat on a committee (the interim committee among them): votes in its decisions.
		key: 'committee-seat',
		scopeKinds: ['committee'],
		rights: [],
		seats: 7,
		termMonths: 12,
		termLimit: null,
		maxConsecutive: 2
	}
];

/** Why a mandate ended: its term ran out, its holder resigned, the members recalled it. */
export const MANDATE_END_REASONS = ['term', 'resigned', 'recalled', 'left'] as const;
export type MandateEndReason = (typeof MANDATE_END_REASONS)[number];
