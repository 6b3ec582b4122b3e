/**
 * The site search finds each kind exactly as the kind's own list shows it to the reader, and
 * shows its snippets as plain text. Every visibility rule is checked from both sides: found by
 * those the list shows it to, and by no one else.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Actor } from '$lib/domain/members/actor';
import { actorFor } from '$lib/server/db/testing';
import { aidPosts, chapters, forumCategories, members, projects } from '$lib/server/db/schema';
import { fulfilAid, postAid, withdrawAid } from '$lib/server/aid/commands';
import { postComment } from '$lib/server/comments/commands';
import { createDecision, submitDecision } from '$lib/server/decisions/commands';
import { decisionRegister } from '$lib/server/decisions/register';
import { draft, openWorld, type World } from '$lib/server/decisions/test-world';
import { searchDirectory } from '$lib/server/members/directory';
import { projectList } from '$lib/server/projects/queries';
import { createPost, startThread } from '$lib/server/writing/commands';
import { setWritingLimits } from '$lib/server/writing/settings';
import { SEARCH_PAGES, searchEverything, type HitKind, type SearchFilter } from './queries';
import { Invalid } from '$lib/server/errors';

let w: World;
let friend: Actor; // a friend: a signed-in, confirmed account of the lowest tier
let local: Actor; // in the Recife chapter
let outsider: Actor; // a member of no chapter
let unconfirmed: Actor; // signed in, address never confirmed: reads as a visitor
const ids: Record<string, number> = {};

async function person(
	handle: string,
	displayName: string,
	o: Partial<typeof members.$inferInsert> = {}
): Promise<Actor> {
	const [row] = await w.db
		.insert(members)
		.values({
			email: `${handle}@example.net`,
			passwordHash: 'x',
			handle,
			displayName,
			country: 'BR',
			emailVerifiedAt: new Date(),
			...o
		})
		.returning({ id: members.id });
	ids[handle] = row.id;
	return actorFor(w.db, row.id);
}

const find = (reader: Actor | null, q: string, locale: 'en' | 'es' | 'fr' = 'en') =>
	searchEverything(w.db, reader, locale, q);
const titles = async (reader: Actor | null, q: string, kind?: HitKind) =>
	(await find(reader, q)).hits.filter((h) => !kind || h.kind === kind).map((h) => h.title);

beforeAll(async () => {
	w = await openWorld();
	const db = w.db;
	[local, , , , , outsider] = w.people;
	friend = w.friend;
	await setWritingLimits(db, { postsPerDay: 100 });

	// People, each with different privacy choices.
	await person('zeph', 'Zephyrine Quillfeather', {
		inDirectory: true,
		showFullName: false,
		city: 'Olinda',
		bio: 'Seed libraries and xylography.'
	});
	await person('maru', 'Maru Kestrelwood', {
		inDirectory: true,
		showFullName: true,
		city: 'Natal',
		bio: 'Bicycle repair.'
	});
	await person('oriel', 'Oriel Vantablack', {
		inDirectory: false,
		showFullName: true,
		city: 'Quixeramobim',
		bio: 'Quietly xylography.'
	});
	await person('gone', 'Gone Brightwater', { inDirectory: true, showFullName: true });
	await db.update(members).set({ deletedAt: new Date() }).where(eq(members.id, ids.gone));
	unconfirmed = await person('fresh', 'Fresh Newcomer', { emailVerifiedAt: null });

	// Writing.
	const publicPost = await createPost(db, local, {
		title: 'Tenant assemblies',
		body: '# Heading\n\nThe **tenant** assembly met. See [our notes](https://notes.example/tenant-secret) and ![a photo of tenants](/media/abc.webp).\n\n```\ncode tenant fence\n```\n\n<script>alert("tenant")</script>\n\n- self-managing tenant co-ops',
		language: 'en',
		tags: '',
		visibility: 'public',
		publish: 'true'
	});
	ids.publicPost = publicPost.id;
	await createPost(db, local, {
		title: 'Membersonly marmalade',
		body: 'marmalade recipes',
		language: 'en',
		tags: '',
		visibility: 'members',
		publish: 'true'
	});
	await createPost(db, local, {
		title: 'Chapteronly marmalade',
		body: 'marmalade in Recife',
		language: 'en',
		tags: '',
		visibility: 'chapter',
		kind: 'chapter',
		chapterId: String(w.chapterId),
		publish: 'true'
	});
	await postComment(db, outsider, 'post', publicPost.id, {
		body: 'A comment about the tenant assembly.'
	});
	const [{ id: categoryId }] = await db
		.insert(forumCategories)
		.values({ slug: 'search-general', name: 'General' })
		.returning({ id: forumCategories.id });
	await startThread(db, local, categoryId, {
		title: 'Tenant thread',
		body: 'Tenant words',
		language: 'en'
	});

	// The aid board.
	const aid = (title: string) => ({
		kind: 'offer',
		category: 'housing',
		chapterId: 'remote',
		language: 'en',
		title,
		body: `A ${title.toLowerCase()} for anyone who needs it.`,
		expiresOn: ''
	});
	await postAid(db, local, aid('Wheelbarrow open'));
	const fulfilled = await postAid(db, local, aid('Wheelbarrow fulfilled'));
	await fulfilAid(db, local, fulfilled.id);
	const withdrawn = await postAid(db, local, aid('Wheelbarrow withdrawn'));
	await withdrawAid(db, local, withdrawn.id);
	const expired = await postAid(db, local, aid('Wheelbarrow expired'));
	await db
		.update(aidPosts)
		.set({ expiresAt: new Date(Date.now() - 60_000) })
		.where(eq(aidPosts.id, expired.id));
	// An aid post whose author then erased their account.
	const leaver = await person('leaver', 'Lee Leaver');
	await postAid(db, leaver, aid('Wheelbarrow of a departed member'));
	await db.update(members).set({ deletedAt: new Date() }).where(eq(members.id, leaver.id));

	// Decisions: one in the register, one draft.
	const submitted = await createDecision(
		db,
		local,
		draft({ title: 'Adopt the quokka charter', summary: 'A **charter** for quokkas.' })
	);
	await submitDecision(db, local, submitted);
	ids.draft = await createDecision(db, local, draft({ title: 'Quokka draft unseen' }));

	// Projects, one for each visibility.
	await db.insert(projects).values([
		{ title: 'Public orchard', goals: 'Plant **pear** trees.', proposedBy: local.id },
		{
			title: 'Members orchard',
			goals: 'Pear trees for members.',
			visibility: 'members',
			proposedBy: local.id
		},
		{
			title: 'Recife orchard',
			goals: 'Pear trees in Recife.',
			visibility: 'chapter',
			chapterId: w.chapterId,
			proposedBy: local.id
		}
	]);
	await db
		.update(chapters)
		.set({ description: 'Meets on **Tuesdays** by the harbour.' })
		.where(eq(chapters.id, w.chapterId));
});
afterAll(() => w?.conn.close());

describe('writing', () => {
	it('finds posts, threads and comments as the blog and forums show them', async () => {
		expect(await titles(null, 'tenant')).toEqual(
			expect.arrayContaining(['Tenant assemblies', 'Tenant thread'])
		);
		const comments = (await find(null, 'tenant')).hits.filter((h) => h.kind === 'comment');
		expect(comments).toHaveLength(1);
		expect(comments[0].url).toMatch(new RegExp(`^/posts/${ids.publicPost}-.*#comment-\\d+$`));
	});

	it('keeps members-only posts from visitors and unconfirmed accounts, chapter posts to the chapter', async () => {
		expect(await titles(null, 'marmalade')).toEqual([]);
		expect(await titles(unconfirmed, 'marmalade')).toEqual([]);
		expect(await titles(outsider, 'marmalade')).toEqual(['Membersonly marmalade']);
		expect((await titles(local, 'marmalade')).sort()).toEqual([
			'Chapteronly marmalade',
			'Membersonly marmalade'
		]);
	});
});

describe('snippets', () => {
	it('are the plain text of the Markdown, escaped, with only <mark> added', async () => {
		const [hit] = (await find(null, 'tenant')).hits.filter((h) => h.title === 'Tenant assemblies');
		expect(hit.snippet).toContain('<mark>');
		for (const syntax of [
			'**',
			'# ',
			'](',
			'![',
			'```',
			'notes.example',
			'tenant-secret',
			'<script'
		])
			expect(hit.snippet, syntax).not.toContain(syntax);
		// The text of a link stays; a hyphenated word is kept whole.
		const all = (await find(null, 'notes')).hits.find((h) => h.title === 'Tenant assemblies');
		expect(all?.snippet).toContain('<mark>notes</mark>');
		const coop = (await find(null, 'self-managing')).hits.find(
			(h) => h.title === 'Tenant assemblies'
		);
		expect(coop?.snippet).toMatch(
			/<mark>self<\/mark>-<mark>managing<\/mark>|<mark>self-managing<\/mark>/
		);
		const without = hit.snippet.replaceAll('<mark>', '').replaceAll('</mark>', '');
		expect(without).not.toMatch(/<[a-z/]/i);
	});

	it('mark the words a text holds when its title holds the others', async () => {
		const [hit] = (await find(null, 'adopt society')).hits;
		expect(hit.title).toBe('Adopt the quokka charter');
		expect(hit.snippet).toContain('<mark>society</mark>');
	});

	it('are plain text for decisions, projects and chapters too', async () => {
		const [decision] = (await find(null, 'charter')).hits.filter((h) => h.kind === 'decision');
		expect(decision.snippet).toContain('<mark>charter</mark>');
		expect(decision.snippet).not.toContain('**');
		const [project] = (await find(null, 'pear')).hits.filter((h) => h.kind === 'project');
		expect(project.snippet).toContain('<mark>pear</mark>');
		expect(project.snippet).not.toContain('**');
		const [chapter] = (await find(null, 'tuesdays')).hits;
		expect(chapter).toMatchObject({ kind: 'chapter', title: 'Recife', place: 'Recife, Brazil' });
		expect(chapter.snippet).toContain('<mark>Tuesdays</mark>');
	});
});

describe('the aid board', () => {
	it('finds what is on the board and nothing that has left it, for anyone', async () => {
		for (const reader of [null, outsider, local])
			expect(await titles(reader, 'wheelbarrow', 'aid'), String(reader?.id)).toEqual([
				'Wheelbarrow open'
			]);
	});

	it('finds no post of an account that was erased', async () => {
		for (const reader of [null, local]) expect(await titles(reader, 'departed')).toEqual([]);
	});
});

describe('decisions', () => {
	it('finds what the register lists, and a draft only for its author', async () => {
		const register = async (reader: Actor | null) =>
			(await decisionRegister(w.db, reader, 'en', { q: 'quokka' })).decisions.map((d) => d.title);
		for (const reader of [null, outsider, friend]) {
			expect(await titles(reader, 'quokka', 'decision')).toEqual(await register(reader));
			expect(await titles(reader, 'quokka', 'decision')).toEqual(['Adopt the quokka charter']);
		}
		expect((await titles(local, 'quokka', 'decision')).sort()).toEqual([
			'Adopt the quokka charter',
			'Quokka draft unseen'
		]);
	});
});

describe('projects', () => {
	it('finds what the projects list shows to each reader', async () => {
		const listed = async (reader: Actor | null) =>
			(await projectList(w.db, reader)).projects
				.map((p) => p.title)
				.filter((t) => t.includes('orchard'))
				.sort();
		for (const reader of [null, unconfirmed, outsider, local]) {
			const found = (await titles(reader, 'pear', 'project')).sort();
			expect(found, String(reader?.id)).toEqual(await listed(reader));
		}
		expect(await titles(null, 'pear', 'project')).toEqual(['Public orchard']);
		expect((await titles(outsider, 'pear', 'project')).sort()).toEqual([
			'Members orchard',
			'Public orchard'
		]);
		expect(await titles(local, 'pear', 'project')).toHaveLength(3);
	});
});

describe('chapters', () => {
	it('finds a chapter by its name, its city, and its country by the reader’s name for it', async () => {
		expect(await titles(null, 'recife', 'chapter')).toEqual(['Recife']);
		const en = (await find(null, 'Brazil')).hits.filter((h) => h.kind === 'chapter');
		expect(en.map((h) => h.title)).toEqual(['Brazil', 'Recife']);
		expect(en[0].url).toBe('/chapters/br-test');
		const es = (await find(null, 'Brasil', 'es')).hits.filter((h) => h.kind === 'chapter');
		expect(es[0]).toMatchObject({ title: 'Brasil', kind: 'chapter' });
	});
});

describe('people', () => {
	it('finds listed members by name, under the name the directory shows the reader', async () => {
		const [maru] = (await find(null, 'Kestrelwood')).hits;
		expect(maru).toMatchObject({
			kind: 'person',
			title: 'Maru Kestrelwood',
			url: '/@maru',
			place: 'Natal, Brazil',
			snippet: '',
			at: null
		});
		const [zeph] = (await find(outsider, 'Quillfeather')).hits;
		expect(zeph).toMatchObject({ kind: 'person', title: 'Zephyrine Quillfeather', url: '/@zeph' });
	});

	it('gives an attacker nothing for a hidden name or an unlisted member', async () => {
		const attackers: [string, Actor | null][] = [
			['visitor', null],
			['unconfirmed account', unconfirmed],
			['member', outsider],
			['friend', friend]
		];
		for (const [who, reader] of attackers) {
			// Not listed at all: found by no one, by name, handle, place or bio.
			for (const q of ['Oriel Vantablack', 'Vantablack', 'oriel', 'Quixeramobim', 'xylography'])
				expect(await titles(reader, q, 'person'), `${who}: ${q}`).not.toContain('Oriel Vantablack');
			const everything = JSON.stringify(await find(reader, 'Oriel Vantablack Quixeramobim'));
			expect(everything, who).not.toMatch(/Vantablack|Quixeramobim|oriel/i);
		}
		for (const [who, reader] of attackers.slice(0, 2)) {
			// Listed, but showing visitors only "Zephyrine Q.": the full name finds nothing, nor
			// does the surname alone, and nothing in the answer carries it.
			for (const q of ['Zephyrine Quillfeather', 'Quillfeather', 'Zephyrine'])
				expect((await find(reader, q)).hits, `${who}: ${q}`).toEqual([]);
			expect(JSON.stringify(await find(reader, 'Zephyrine Quillfeather'))).not.toContain(
				'Quillfeather'
			);
		}
		// Erased: found by no one.
		for (const [, reader] of attackers)
			expect(await titles(reader, 'Brightwater', 'person')).toEqual([]);
	});

	it('finds exactly whom the directory finds, for every reader', async () => {
		for (const reader of [null, unconfirmed, outsider, friend, local])
			for (const q of ['Quillfeather', 'Zephyrine', 'maru', 'xylography', 'Natal', 'P 1']) {
				const directory = (await searchDirectory(w.db, reader, { q })).entries
					.map((e) => `/@${e.handle}`)
					.sort();
				const found = (await find(reader, q)).hits
					.filter((h) => h.kind === 'person')
					.map((h) => h.url)
					.sort();
				expect(found, `${reader?.id ?? 'visitor'}: ${q}`).toEqual(directory);
			}
	});
});

describe('kinds and counts', () => {
	it('counts every kind, and lists only the kind asked for', async () => {
		const all = await find(local, 'tenant');
		expect(all.counts).toEqual({
			writing: 3,
			aid: 0,
			decisions: 0,
			projects: 0,
			chapters: 0,
			people: 0
		} satisfies Record<SearchFilter, number>);
		const some = await searchEverything(w.db, local, 'en', 'orchard', { filter: 'projects' });
		expect(some.hits.map((h) => h.kind)).toEqual(['project', 'project', 'project']);
		const mixed = await searchEverything(w.db, local, 'en', 'quokka', { filter: 'projects' });
		expect(mixed.hits).toEqual([]);
		expect(mixed.counts.decisions).toBe(2);
	});

	it('pages the results in their order, each page the next slice of the same list', async () => {
		const whole = await searchEverything(w.db, local, 'en', 'orchard', { limit: 3 });
		const [one, two] = await Promise.all(
			[1, 2].map((page) => searchEverything(w.db, local, 'en', 'orchard', { limit: 2, page }))
		);
		const ids = (r: { hits: { kind: string; id: number }[] }) =>
			r.hits.map((h) => `${h.kind}-${h.id}`);
		expect(ids(one)).toHaveLength(2);
		expect([...ids(one), ...ids(two)].slice(0, 3)).toEqual(ids(whole));
		expect(two.counts).toEqual(one.counts);
		await expect(
			searchEverything(w.db, local, 'en', 'orchard', { page: SEARCH_PAGES + 1 })
		).rejects.toBeInstanceOf(Invalid);
	});

	it('answers an empty, wordless or only excluding search with nothing', async () => {
		expect(await find(null, '   ')).toEqual({
			hits: [],
			counts: { writing: 0, aid: 0, decisions: 0, projects: 0, chapters: 0, people: 0 }
		});
		expect((await find(null, '&&& !!! ???')).hits).toEqual([]);
		// Exclusions alone would match nearly everything, with no index to serve them.
		expect((await find(local, '-tenant -zzz')).hits).toEqual([]);
		// An excluded word is not marked in what is found.
		const [hit] = (await find(null, 'assembly -notes')).hits.filter((h) => h.kind === 'comment');
		expect(hit.snippet).toContain('<mark>assembly</mark>');
	});
});
