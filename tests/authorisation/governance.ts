/**
 * The authorisation world's part for self-government: a forum of Recife (the chapter the
 * facilitator's mandate is for), the interim committee with the facilitator on a seat, and an open
 * recall petition against the facilitator's Recife mandate that needs more signatures than the
 * world has, so signing it never opens a vote that later rows would meet.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import {
	committees,
	forumCategories,
	mandates,
	recallPetitions,
	recallSignatures
} from '$lib/server/db/schema';
import { grantMandate } from '$lib/server/mandates/commands';

export async function governanceFixtures(
	db: Db,
	world: { homeId: number; facilitatorId: number; authorId: number }
): Promise<Record<string, string>> {
	const [forum] = await db
		.insert(forumCategories)
		.values({ slug: 'recife-matrix-general', name: 'Recife general', chapterId: world.homeId })
		.returning({ id: forumCategories.id });
	const [committee] = await db
		.insert(committees)
		.values({ name: 'Interim committee', slug: 'interim-matrix' })
		.returning({ id: committees.id, slug: committees.slug });
	const seat = await db.transaction((tx) =>
		grantMandate(tx, null, {
			memberId: world.facilitatorId,
			role: 'committee-seat',
			scope: { kind: 'committee', id: committee.id }
		})
	);
	const [facilitation] = await db
		.select({ id: mandates.id })
		.from(mandates)
		.where(and(eq(mandates.memberId, world.facilitatorId), eq(mandates.role, 'facilitator')));
	const [petition] = await db
		.insert(recallPetitions)
		.values({ mandateId: facilitation.id, startedBy: world.authorId, threshold: 100 })
		.returning({ id: recallPetitions.id });
	await db.insert(recallSignatures).values({ petitionId: petition.id, memberId: world.authorId });
	return {
		committee: committee.slug,
		'forum-id:home': String(forum.id),
		'mandate-id:seat': String(seat),
		'mandate-id:facilitator': String(facilitation.id),
		'petition-id:open': String(petition.id)
	};
}
