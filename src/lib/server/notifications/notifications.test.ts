import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { dispatchEvents } from '$lib/server/db/testing';
import { mailOutbox, members, notifications } from '$lib/server/db/schema';
import { startMailer } from '$lib/server/mail/mailer';
import { postComment } from '$lib/server/comments/commands';
import { createPost } from '$lib/server/writing/commands';
import { post } from '$lib/server/writing/test-world';
import { castBallot } from '$lib/server/decisions/ballots';
import { inVoting, later, openWorld, type World } from '$lib/server/decisions/test-world';
import { listen } from '$lib/server/live';
import { startSmtpSink } from '../../../../tests/smtp-sink';
import { channelsFor } from './kinds';
import { ROUTES } from './routing';
import { buildDigests, remindClosingVotes } from './jobs';
import { setFollow, unsubscribe, updateNotificationSettings, markAllRead } from './commands';
import { unreadCount, yourTurn } from './queries';

let w: World;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
beforeAll(async () => {
	w = await openWorld();
	smtp = await startSmtpSink();
});
afterAll(async () => {
	await w?.conn.close();
	await smtp?.close();
});

/** Deliver what is queued over real SMTP; answer what arrived since the last call. */
async function delivered() {
	const before = smtp.received.length;
	const mailer = startMailer(w.db, smtp.url, 'Plenary <no-reply@plenary.test>');
	await mailer.flush();
	await mailer.stop();
	return smtp.received.slice(before);
}

const email = (i: number) => `p${i}@example.net`;

describe('the routing table', () => {
	// One line per event type: the kinds it makes, in order, and whether each is mailed at once.
	const table: Record<string, [string, boolean][]> = {
		'member.mentioned': [['mention', true]],
		'comment.posted': [
			['reply', false],
			['comment', false]
		],
		'task.assigned': [['task-assigned', true]],
		'task.offered': [['task-offered', true]],
		'project.coordination-offered': [['coordination-offered', true]],
		'coauthor.invited': [['coauthor-invited', true]],
		'decision.phase-changed': [
			['vote-open', true],
			['amendments-open', false]
		],
		'election.voting-opened': [['vote-open', true]],
		'decision.closed': [['decision-closed', false]],
		'petition.opened': [['petition-open', false]],
		'project.updated': [['project-update', false]],
		'mandate.granted': [['mandate-granted', false]],
		'message.sent': [['message', true]],
		'jury-case.drawn': [['jury-summoned', true]],
		'jury-case.decided': [['jury-verdict', false]]
	};

	it('routes exactly these events, each to these kinds and channels', () => {
		const actual = Object.fromEntries(
			Object.entries(ROUTES).map(([type, routes]) => [
				type,
				routes!.map((r) => [r.kind, r.urgent] as [string, boolean])
			])
		);
		expect(actual).toEqual(table);
		// Nothing about a ballot, ever.
		for (const type of Object.keys(actual)) expect(type).not.toMatch(/ballot/);
	});

	it.each([
		[true, { emailNow: true, digest: 'daily' }, ['in-app', 'email-now']],
		[true, { emailNow: false, digest: 'daily' }, ['in-app', 'digest']],
		[true, { emailNow: false, digest: 'off' }, ['in-app']],
		[false, { emailNow: true, digest: 'weekly' }, ['in-app', 'digest']],
		[false, { emailNow: true, digest: 'off' }, ['in-app']]
	] as const)('urgent %s with %o goes %o', (urgent, settings, channels) => {
		expect(channelsFor(urgent, settings)).toEqual(channels);
	});
});

describe('notifications and their mail', () => {
	it('mails a mention at once, in the member’s language, with one-click unsubscribe, and only to them', async () => {
		const [ana, ben] = w.people;
		await w.db.update(members).set({ locale: 'es' }).where(eq(members.id, ben.id));
		const p = await createPost(w.db, ana, post({ title: 'Reunión', body: 'Hola' }));
		const heard = new Promise((resolve) => {
			const stop = listen(`post:${p.id}`, (_t, data) => {
				stop();
				resolve(data);
			});
		});
		const c = await postComment(w.db, ana, 'post', p.id, { body: 'What do you think, @p1?' });
		await dispatchEvents(w.db);
		expect(await heard).toEqual({ comment: c.id });
		const mails = await delivered();
		expect(mails.map((m) => m.to)).toEqual([[email(1)]]);
		expect(mails[0].subject).toBe('Te mencionaron en «Reunión»');
		expect(mails[0].text).toContain(`/posts/${p.id}-`);
		const link = mails[0].headers['list-unsubscribe'];
		expect(link).toMatch(/^<http.+\/unsubscribe\/\d+\.now\.[\w-]{32}>$/);
		expect(mails[0].headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
		expect(await unreadCount(w.db, ben.id)).toBe(1);

		// A forged token is refused and changes nothing; the genuine one turns mail at once off.
		const token = link.slice(link.lastIndexOf('/') + 1, -1);
		const forged = token.replace(/.$/, (ch) => (ch === 'A' ? 'B' : 'A'));
		await expect(unsubscribe(w.db, forged)).rejects.toThrow();
		await expect(unsubscribe(w.db, `${ana.id}.now.${token.split('.')[2]}`)).rejects.toThrow();
		await unsubscribe(w.db, token);
		await postComment(w.db, ana, 'post', p.id, { body: 'Again, @p1?' });
		await dispatchEvents(w.db);
		expect(await delivered()).toEqual([]);
		expect(await unreadCount(w.db, ben.id)).toBe(2);
		await markAllRead(w.db, ben, Number.MAX_SAFE_INTEGER);
		expect(await unreadCount(w.db, ben.id)).toBe(0);
	});

	it('tells nobody of a mention in a post they may not see', async () => {
		const [ana] = w.people;
		const hidden = await createPost(
			w.db,
			ana,
			post({
				title: 'Recife only',
				kind: 'chapter',
				visibility: 'chapter',
				chapterId: String(w.chapterId)
			})
		);
		// p5 is not in Recife.
		await postComment(w.db, ana, 'post', hidden.id, { body: 'Hello @p5' });
		await dispatchEvents(w.db);
		const rows = await w.db
			.select()
			.from(notifications)
			.where(eq(notifications.memberId, w.people[5].id));
		expect(rows).toEqual([]);
		expect(await delivered()).toEqual([]);
	});

	it('mails the electorate when voting opens, reminds only those who have not voted, and shows it on their home', async () => {
		const [ana, ben, cai] = w.people;
		await updateNotificationSettings(w.db, ben, { emailNow: 'on', digest: 'daily' });
		// Ana mutes nothing; Cai mutes the decision once it exists.
		const id = await inVoting(w.db, ana, {
			title: 'Open the library',
			scope: `chapter:${w.chapterId}`
		});
		await dispatchEvents(w.db);
		const opened = await delivered();
		// The chapter's three members, the author among them (she opened nothing herself: the
		// scheduler did), each once; nobody outside the chapter.
		expect(opened.map((m) => m.to[0]).sort()).toEqual([email(0), email(1), email(2)]);
		expect(opened.every((m) => m.headers['list-unsubscribe'])).toBe(true);

		const turn = await yourTurn(w.db, cai, 'en');
		expect(turn.votes.map((v) => v.id)).toEqual([id]);
		expect((await yourTurn(w.db, w.people[5], 'en')).votes).toEqual([]);

		await castBallot(w.db, ben, id, { vote: 'yes' });
		await setFollow(w.db, cai, { scopeType: 'decision', scopeId: String(id), mode: 'mute' });
		await dispatchEvents(w.db);
		expect((await yourTurn(w.db, ben, 'en')).votes).toEqual([]);

		// 50 hours on, voting closes within a day: Ana has not voted; Ben has; Cai muted it.
		expect(await remindClosingVotes(w.db, later(50))).toBe(1);
		expect(await remindClosingVotes(w.db, later(51))).toBe(0);
		const reminded = await delivered();
		expect(reminded.map((m) => m.to)).toEqual([[email(0)]]);
		expect(reminded[0].subject).toContain('Open the library');
	});

	it('gathers the rest into one digest per member, once, in batches', async () => {
		const [ana, ben] = w.people;
		await w.conn.db.execute(sql`update notification_settings set last_digest_at = null`);
		const p = await createPost(w.db, ben, post({ title: 'Reply here' }));
		const top = await postComment(w.db, ben, 'post', p.id, { body: 'First' });
		await postComment(w.db, ana, 'post', p.id, { body: 'An answer', parentId: String(top.id) });
		await dispatchEvents(w.db);
		expect(await delivered()).toEqual([]);
		const first = await buildDigests(w.db, { batch: 2, origin: 'http://plenary.test' });
		expect(first.mails).toBeGreaterThan(0);
		const digests = await delivered();
		const forBen = digests.filter((m) => m.to[0] === email(1));
		expect(forBen).toHaveLength(1);
		expect(forBen[0].text).toContain('Reply here');
		expect(forBen[0].headers['list-unsubscribe']).toMatch(/\.digest\./);
		// Nothing twice: a second run the same day sends nothing.
		expect((await buildDigests(w.db, { batch: 2 })).mails).toBe(0);
		expect(await delivered()).toEqual([]);
		const unsent = await w.db
			.select()
			.from(mailOutbox)
			.where(sql`sent_at is null`);
		expect(unsent).toEqual([]);
	});
});
