/**
 * A member's private calendar address: `/calendar/<secret>.ics`, for calendar programs, which
 * cannot log in. The secret is 32 random bytes; only its SHA-256 is stored (accounts/tokens.ts, as
 * for sessions), so the address is shown once, when made. Making a new one replaces the old in the
 * same row, so the old address stops working at once; stopping deletes it. An address that is
 * unknown, replaced, stopped or not even well formed gets the same 404, so trying addresses tells
 * nothing about which ever existed.
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { calendarSubscriptions, members } from '$lib/server/db/schema';
import { isLocale, type Locale } from '$lib/server/i18n';
import { command } from '$lib/server/command';
import { NotFound } from '$lib/server/errors';
import { eventAbout } from '$lib/server/events/about';
import { hashToken, newToken } from '$lib/server/accounts/tokens';
import { loadActor } from '$lib/server/members/actor';
import type { Actor } from '$lib/domain/members/actor';
import { can } from './policy';

/** A secret as newToken() makes them: 43 characters of base64url. */
const SECRET = /^[A-Za-z0-9_-]{43}$/;

/** Make a new private address (replacing any old one); answers the secret, shown this once. */
export const makeCalendarAddress = command({
	input: () => ({}),
	load: async (_tx, actor: Actor) => ({ memberId: actor.id }),
	allow: (actor, subject) => can(actor, 'make-calendar-address', subject),
	run: async (tx, actor) => {
		const { token, id } = newToken();
		await tx
			.insert(calendarSubscriptions)
			.values({ memberId: actor.id, tokenHash: id })
			.onConflictDoUpdate({
				target: calendarSubscriptions.memberId,
				set: { tokenHash: id, createdAt: new Date() }
			});
		return token;
	},
	event: (_out, _s, _i, actor) =>
		eventAbout('member', actor.id, actor.id, { type: 'calendar-address.made' })
});

/** Stop the private address: calendars subscribed to it get 404 from now on. */
export const stopCalendarAddress = command({
	input: () => ({}),
	load: async (_tx, actor: Actor) => ({ memberId: actor.id }),
	allow: (actor, subject) => can(actor, 'stop-calendar-address', subject),
	run: async (tx, actor) =>
		(
			await tx
				.delete(calendarSubscriptions)
				.where(eq(calendarSubscriptions.memberId, actor.id))
				.returning({ memberId: calendarSubscriptions.memberId })
		).length > 0,
	event: (stopped, _s, _i, actor) =>
		stopped ? eventAbout('member', actor.id, actor.id, { type: 'calendar-address.stopped' }) : null
});

/** Since when the member's private address works, or null when they have none. */
export async function calendarAddressSince(db: Queryable, actor: Actor): Promise<Date | null> {
	const [row] = await db
		.select({ createdAt: calendarSubscriptions.createdAt })
		.from(calendarSubscriptions)
		.where(eq(calendarSubscriptions.memberId, actor.id));
	return row?.createdAt ?? null;
}

/**
 * The member a private address belongs to, as an actor, with their language; NotFound for any
 * address that does not work (and for an erased account, whose row went with it).
 */
export async function calendarReader(
	db: Queryable,
	secret: string
): Promise<{ actor: Actor; locale: Locale }> {
	const gone = new NotFound('ical_error_not_found');
	if (!SECRET.test(secret)) throw gone;
	const [row] = await db
		.select({ memberId: calendarSubscriptions.memberId, locale: members.locale })
		.from(calendarSubscriptions)
		.innerJoin(members, eq(members.id, calendarSubscriptions.memberId))
		.where(and(eq(calendarSubscriptions.tokenHash, hashToken(secret)), isNull(members.deletedAt)));
	const actor = row ? await loadActor(db, row.memberId) : null;
	if (!row || !actor) throw gone;
	return { actor, locale: isLocale(row.locale) ? row.locale : 'en' };
}
