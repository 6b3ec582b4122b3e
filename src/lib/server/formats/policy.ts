/**
 * Who may do what with the files Plenary publishes: one pure function, `can(actor, action,
 * subject)`. A private calendar address is its member's own business, like their sessions: only
 * they make or stop it, whatever their tier, and a lapsed member too (reading what concerns them
 * is no right that waits). Tested as a table in policy.test.ts.
 */
import type { Actor } from '$lib/domain/members/actor';

export type FormatAction = 'make-calendar-address' | 'stop-calendar-address';
export type FormatSubject = { memberId: number };

export function can(actor: Actor | null, action: FormatAction, subject: FormatSubject): boolean {
	if (!actor) return false;
	switch (action) {
		case 'make-calendar-address':
		case 'stop-calendar-address':
			return actor.id === subject.memberId;
	}
	return false;
}
