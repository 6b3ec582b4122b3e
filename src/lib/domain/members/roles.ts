/**
 * Roles a mandate can name, and the rights each gives inside the mandate's scope. The rights are
 * the same ones tiers give (tiers.ts), so every policy asks one question: `may(actor, right, where)`.
 * Self-government will let members define roles by decision; these are the roles every
 * organisation starts with.
 */
import type { Right } from './tiers';

export const ROLE_RIGHTS = {
	/** Runs a chapter (or, held at organisation scope, the organisation's own spaces). */
	facilitator: ['write-organisation-news', 'pin-thread', 'lock-thread', 'manage-forums']
} as const satisfies Record<string, readonly Right[]>;

export type Role = keyof typeof ROLE_RIGHTS;

export function isRole(value: unknown): value is Role {
	return typeof value === 'string' && Object.hasOwn(ROLE_RIGHTS, value);
}

/** The rights a role gives; an unknown role (one removed since) gives none. */
export function roleRights(role: string): readonly Right[] {
	return isRole(role) ? ROLE_RIGHTS[role] : [];
}
