import { eq } from 'drizzle-orm';
import { command } from '$lib/server/command';
import { federationActors, members } from '$lib/server/db/schema';
import { eventAbout } from '$lib/server/events/about';
import { Forbidden, Invalid, NotFound, Unauthenticated } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import { config } from '$lib/server/config';
import type { Db } from '$lib/server/db/client';
import type { Actor } from '$lib/domain/members/actor';
import { blogFederationInput, followInput } from '$lib/schemas/federation';
import { localActor } from './actors';
import { followRemote } from './follow';
import { newKeyPair } from './keys';
import { can } from './policy';

/**
 * A member turns federation of their blog on or off (it starts off). Turning it on makes the
 * actor's key pair the first time; turning it off keeps the row, and the event has its followers
 * sent a Delete of the actor (federation/withdraw.ts): from then on the actor answers 410 Gone,
 * its posts 404, and nothing but that withdrawal is delivered.
 */
export const setBlogFederation = command({
	input: (raw: unknown) => parseInput(blogFederationInput, raw),
	load: async (tx, actor) => {
		const [m] = await tx
			.select({ id: members.id, handle: members.handle, deletedAt: members.deletedAt })
			.from(members)
			.where(eq(members.id, actor.id))
			.for('update');
		if (!m) throw new NotFound('error_member_not_found');
		const [row] = await tx
			.select({ id: federationActors.id, enabled: federationActors.enabled })
			.from(federationActors)
			.where(eq(federationActors.memberId, m.id));
		return { memberId: m.id, handle: m.handle, deleted: !!m.deletedAt, row: row ?? null };
	},
	allow: (actor, subject) => can(actor, 'federate-blog', subject),
	run: async (tx, _actor, subject, input) => {
		if (subject.row) {
			if (subject.row.enabled === input.enabled) return false;
			await tx
				.update(federationActors)
				.set({ enabled: input.enabled })
				.where(eq(federationActors.id, subject.row.id));
			return true;
		}
		if (!input.enabled) return false;
		await tx.insert(federationActors).values({
			kind: 'member',
			memberId: subject.memberId,
			name: subject.handle,
			enabled: true,
			...(await newKeyPair())
		});
		return true;
	},
	event: (changed, subject, input, actor) =>
		changed
			? eventAbout('member', subject.memberId, actor.id, {
					type: 'member.federation-changed',
					data: { enabled: input.enabled }
				})
			: null
});

/**
 * The organisation blog follows a remote actor (`name@host` or its URL). The remote server is
 * asked outside any transaction (it may be slow); the follow and its Follow activity are written
 * together afterwards. Federation turned off: nothing to follow with.
 */
export async function followAsOrganisation(
	db: Db,
	actor: Actor | null,
	origin: string,
	raw: unknown
) {
	if (!actor) throw new Unauthenticated('error_login_required');
	if (!can(actor, 'follow-as-organisation')) throw new Forbidden('error_forbidden');
	const { target } = parseInput(followInput, raw);
	const cfg = config().federation;
	if (!cfg.enabled) throw new Invalid('federation_error_disabled');
	const ours = await localActor(db, { kind: 'organisation' });
	if (!ours) throw new Invalid('federation_error_disabled');
	return followRemote(db, origin, ours, target, cfg.allowPrivateNetworks, actor.id);
}
