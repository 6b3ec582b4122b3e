/**
 * Demo private conversations: a few between the demo login and other members (some of their
 * messages unread, so the navigation shows a count and the centre a notification), a group one,
 * and others between members the demo login cannot see (they are not in them). One member has
 * blocked another. Times are counted back from the moment of seeding; who says what is the same
 * every time. Written straight as rows, like the rest of the demo's history; no events.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import {
	conversationMessages,
	conversationParticipants,
	conversations,
	memberBlocks,
	notifications
} from '$lib/server/db/schema';
import { DEMO_EMAIL } from './demo-people';

type Line = [speaker: number, text: string, hoursAgo: number];
type Script = {
	/** Indexes into the cast: 0 is the demo login, others are members in id order. */
	who: number[];
	subject: string;
	lines: Line[];
	/** How many of the lines the demo login has read (the rest are unread); all when absent. */
	demoRead?: number;
};

const SCRIPTS: Script[] = [
	{
		who: [0, 1],
		subject: 'Seed library shelf',
		lines: [
			[1, 'Hi! Do you still have the spare shelf you mentioned at the meeting?', 52],
			[0, 'I do. It is about a metre wide, pine, a bit scratched. Want it?', 50],
			[1, 'Yes please. Could I pick it up **Saturday morning**?', 49],
			[1, 'Also: I can bring jars for the tomato seeds if you need some.', 3]
		],
		demoRead: 3
	},
	{
		who: [0, 2],
		subject: 'Translating the interim charter',
		lines: [
			[0, 'Would you review my Spanish draft of section 4 before the vote?', 120],
			[2, 'Happy to. Two notes: keep “consentimiento” for consent, and shorten the title.', 96],
			[0, 'Done, thank you. I updated the draft.', 95]
		]
	},
	{
		who: [0, 3, 4],
		subject: 'Chapter meeting on Thursday',
		lines: [
			[3, 'Room booked from 7 to 9 pm. Who brings the projector?', 30],
			[0, 'I can, and the extension cable.', 28],
			[
				4,
				'I will take notes. Agenda so far:\n\n1. Welcome\n2. Seed library\n3. Convention delegates',
				27
			],
			[3, 'Adding a fourth point: the mutual aid board. Several requests are open near us.', 6],
			[4, 'Good idea. See you Thursday!', 2]
		],
		demoRead: 3
	},
	{
		who: [0, 5],
		subject: 'Your offer on the aid board',
		lines: [
			[0, 'Hello, I saw your offer of help with tax forms. Is it still open?', 20],
			[5, 'It is! Evenings work best for me. Tuesday at 6?', 1]
		],
		demoRead: 1
	},
	{
		who: [6, 7],
		subject: 'Bikes for the repair café',
		lines: [
			[6, 'Three donated bikes arrived, two need new chains.', 70],
			[7, 'I have chains in the workshop. I will bring them on Sunday.', 66],
			[6, 'Perfect, thanks.', 65]
		]
	},
	{
		who: [8, 9, 10],
		subject: 'Viaje a la convención',
		lines: [
			[8, '¿Compartimos coche para ir a la convención?', 140],
			[9, 'Sí, tengo sitio para dos más.', 138],
			[10, 'Yo me apunto. Salimos el viernes temprano.', 130],
			[8, 'Genial, llevo el café.', 129]
		]
	},
	{
		who: [11, 12],
		subject: 'Obrigada pela ajuda',
		lines: [
			[11, 'Muito obrigada pela ajuda com a mudança no sábado!', 44],
			[12, 'De nada. Quando precisares, diz.', 40]
		]
	}
];

export async function seedDemoMessages(db: Db) {
	const { rows } = await db.execute<{ id: number }>(sql`
		(select id::int as id from members where email = ${DEMO_EMAIL})
		union all
		(select id::int from members
			where email <> ${DEMO_EMAIL} and deleted_at is null and email_verified_at is not null
			order by id limit 14)`);
	const cast = rows.map((r) => Number(r.id));
	if (cast.length < 15) return;
	const demo = cast[0];
	const at = (hoursAgo: number) => new Date(Date.now() - hoursAgo * 3_600_000);

	await db.transaction(async (tx) => {
		for (const script of SCRIPTS) {
			const people = script.who.map((i) => cast[i]);
			const [conversation] = await tx
				.insert(conversations)
				.values({
					subject: script.subject,
					startedBy: cast[script.lines[0][0]],
					createdAt: at(script.lines[0][2])
				})
				.returning({ id: conversations.id });
			const messages = await tx
				.insert(conversationMessages)
				.values(
					script.lines.map(([speaker, body, hoursAgo]) => ({
						conversationId: conversation.id,
						authorId: cast[speaker],
						body,
						createdAt: at(hoursAgo)
					}))
				)
				.returning({
					id: conversationMessages.id,
					authorId: conversationMessages.authorId,
					createdAt: conversationMessages.createdAt
				});
			const last = messages[messages.length - 1];
			const readByDemo = messages[(script.demoRead ?? messages.length) - 1];
			await tx.insert(conversationParticipants).values(
				people.map((memberId) => ({
					conversationId: conversation.id,
					memberId,
					joinedAt: at(script.lines[0][2]),
					lastMessageId: last.id,
					lastMessageAt: last.createdAt,
					lastReadMessageId: memberId === demo ? readByDemo.id : last.id
				}))
			);
			// The demo login's unread messages each left a notification in their centre.
			const unread = messages.filter((m) => people.includes(demo) && m.id > readByDemo.id);
			if (unread.length)
				await tx.insert(notifications).values(
					unread.map((m) => ({
						memberId: demo,
						kind: 'message',
						actorId: m.authorId,
						subjectType: 'message',
						subjectId: m.id,
						title: script.subject,
						url: `/messages/${conversation.id}#message-${m.id}`,
						dedupeKey: `demo:message:${m.id}`,
						urgent: true,
						createdAt: m.createdAt,
						mailedAt: m.createdAt
					}))
				);
		}
		await tx.insert(memberBlocks).values({ blockerId: cast[13], blockedId: cast[14] });
	});
}
