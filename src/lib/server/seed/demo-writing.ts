import { slugify } from '$lib/server/refs';
import { chapterName } from '$lib/server/chapters/names';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import {
	chapterMemberships,
	chapters,
	commentVersions,
	comments,
	events,
	forumCategories,
	forumThreads,
	members,
	postVersions,
	posts
} from '$lib/server/db/schema';
import { SeededRandom } from '$lib/domain/tally/seeded-random';

/**
 * The demo organisation's writing: blogs in several languages, the organisation's blog, chapter
 * news (where chapters exist), forums with threads, one discussion of more than 500 comments,
 * replies, quotes, edits, tombstones and mentions. Deterministic, and inserted in batches.
 */

type Lang = 'en' | 'es' | 'ar' | 'fr';

const TEXT: Record<Lang, { titles: string[]; sentences: string[]; replies: string[] }> = {
	en: {
		titles: [
			'Why our chapter meets every fortnight',
			'Balanced job complexes in a food co-op',
			'Notes from the housing assembly',
			'What participatory budgeting taught us',
			'How we share out the tiring work',
			'Reading group: Parecon, chapter three',
			'Making meetings that people want to attend',
			'A year of organising tenants',
			'On self-management and small groups',
			'Why the convention matters'
		],
		sentences: [
			'We started with six people in a kitchen and now fill a community hall.',
			'Everyone takes a turn at the tasks nobody wants, including minutes and cleaning up.',
			'Decisions are made by those affected, in proportion to how much they are affected.',
			'The hardest part was not the vote but the weeks of listening before it.',
			'We publish every count so that anyone can check it.',
			'New members get a buddy for their first three meetings.',
			'Dissent is written down and kept with the decision.',
			'Our rota is public, and anyone can swap a shift with a note.',
			'We learned to keep proposals short and the reasons long.',
			'Solidarity is a habit we practise, not a slogan we repeat.'
		],
		replies: [
			'Thanks for writing this up, it helps our chapter a lot.',
			'I disagree with the second point, but I like the rota idea.',
			'How do you handle people who never take the hard shifts?',
			'We tried something similar and it worked after a few months.',
			'Could you share the template you used for the minutes?',
			'Agreed. Short proposals, long reasons.',
			'This is the kind of practical detail we need more of.',
			'I would add that childcare at meetings changed everything for us.'
		]
	},
	es: {
		titles: [
			'Por qué nuestro capítulo se reúne cada quince días',
			'Asambleas de inquilinos en el barrio',
			'Lo que aprendimos del presupuesto participativo',
			'Cómo repartimos el trabajo pesado',
			'Autogestión en grupos pequeños'
		],
		sentences: [
			'Empezamos seis personas en una cocina y ahora llenamos un local vecinal.',
			'Todo el mundo hace por turnos las tareas que nadie quiere.',
			'Decide quien está afectado, en proporción a cuánto le afecta.',
			'Publicamos cada recuento para que cualquiera pueda comprobarlo.',
			'Las personas nuevas tienen una madrina o un padrino en sus tres primeras reuniones.',
			'El desacuerdo se escribe y se guarda junto a la decisión.'
		],
		replies: [
			'Gracias por contarlo, nos sirve mucho.',
			'No estoy de acuerdo con el segundo punto, pero me gusta la idea de los turnos.',
			'¿Podéis compartir la plantilla de las actas?',
			'Nosotras probamos algo parecido y funcionó al cabo de unos meses.'
		]
	},
	ar: {
		titles: [
			'لماذا يجتمع فرعنا كل أسبوعين',
			'تنظيم المستأجرين في حيّنا',
			'ما تعلمناه من الموازنة التشاركية',
			'كيف نتقاسم الأعمال المرهقة'
		],
		sentences: [
			'بدأنا ستة أشخاص في مطبخ، واليوم نملأ قاعة الحي.',
			'يتناوب الجميع على المهام التي لا يرغب فيها أحد.',
			'يقرر المتأثرون بالقرار، بقدر تأثرهم به.',
			'ننشر كل فرز للأصوات ليتمكن أي شخص من التحقق منه.',
			'يُكتب الرأي المخالف ويُحفظ مع القرار.'
		],
		replies: [
			'شكرًا على هذا العرض، إنه مفيد جدًا لفرعنا.',
			'أختلف مع النقطة الثانية، لكن فكرة المناوبة جميلة.',
			'هل يمكنكم مشاركة نموذج المحضر؟'
		]
	},
	fr: {
		titles: [
			'Pourquoi notre section se réunit tous les quinze jours',
			'Partager le travail pénible'
		],
		sentences: [
			'Nous avons commencé à six dans une cuisine.',
			'Chacun prend son tour pour les tâches que personne ne veut.',
			'Les décisions reviennent aux personnes concernées.',
			'Chaque décompte est publié pour que tout le monde puisse le vérifier.'
		],
		replies: ['Merci pour ce compte rendu.', 'Nous avons essayé la même chose à Lyon.']
	}
};

const BATCH = 400;
const DAY = 86_400_000;
/** A fixed "now" for the demo history, so every installation gets the same dates. */
const ANCHOR = Date.UTC(2026, 9, 1, 12);

function pick<T>(rng: SeededRandom, list: T[]): T {
	return list[rng.below(list.length)];
}

function paragraphs(rng: SeededRandom, lang: Lang, count: number): string {
	const out: string[] = [];
	for (let p = 0; p < count; p++) {
		const n = 2 + rng.below(3);
		out.push(Array.from({ length: n }, () => pick(rng, TEXT[lang].sentences)).join(' '));
	}
	return out.join('\n\n');
}

async function insertBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>) {
	for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

export async function seedDemoWriting(db: Db) {
	const rng = new SeededRandom('plenary-demo-writing');
	const people = await db
		.select({ id: members.id, handle: members.handle, languages: members.languages })
		.from(members)
		.orderBy(asc(members.id))
		.limit(600);
	if (people.length < 10) return;
	const langOf = (p: (typeof people)[number]): Lang =>
		(['es', 'ar', 'fr'] as Lang[]).find((l) => p.languages.includes(l)) ?? 'en';
	const demo = people.find((p) => p.handle === 'demo') ?? people[0];
	const someChapters = await db
		.select({
			id: chapters.id,
			name: chapters.name,
			kind: chapters.kind,
			country: chapters.country
		})
		.from(chapters)
		.where(inArray(chapters.kind, ['country', 'local']))
		.orderBy(asc(chapters.id))
		.limit(8)
		// Country chapters store their ISO code; the demo's texts are written in English.
		.then((rows) => rows.map((c) => ({ ...c, name: chapterName(c, 'en', 'Plenary') })));

	await db.transaction(async (tx) => {
		// Posts: members' blogs, the organisation's blog, chapter news.
		type NewPost = typeof posts.$inferInsert;
		const newPosts: NewPost[] = [];
		for (let i = 0; i < 60; i++) {
			const author = people[rng.below(people.length)];
			const lang = i % 5 === 1 ? 'es' : i % 7 === 2 ? 'ar' : i % 11 === 3 ? 'fr' : langOf(author);
			const at = new Date(ANCHOR - (60 - i) * 5 * DAY - rng.below(DAY));
			newPosts.push({
				kind: 'blog',
				authorId: author.id,
				title: pick(rng, TEXT[lang].titles),
				slug: '',
				body: paragraphs(rng, lang, 2 + rng.below(3)),
				language: lang,
				tags: [pick(rng, ['housing', 'chapters', 'work', 'convention', 'vision', 'co-ops'])],
				visibility: i % 9 === 0 ? 'members' : 'public',
				status: 'published',
				createdAt: at,
				updatedAt: at,
				publishedAt: at
			});
		}
		for (let i = 0; i < 6; i++) {
			const at = new Date(ANCHOR - (6 - i) * 30 * DAY);
			newPosts.push({
				kind: 'organisation',
				authorId: demo.id,
				title: [
					'Welcome to the interim organisation',
					'The road to the founding convention',
					'How decisions are counted here',
					'Our first thousand members',
					'Chapters: start one where you live',
					'Sharing out the work fairly'
				][i],
				slug: '',
				body: `${paragraphs(rng, 'en', 3)}\n\n- [x] Interim documents published\n- [ ] Convention date agreed\n\n| Step | Status |\n|---|---|\n| Chapters | growing |\n| Convention | planned |`,
				language: 'en',
				tags: ['organisation'],
				visibility: 'public',
				status: 'published',
				createdAt: at,
				updatedAt: at,
				publishedAt: at
			});
		}
		for (const [i, chapter] of someChapters.entries()) {
			const [member] = await tx
				.select({ memberId: chapterMemberships.memberId })
				.from(chapterMemberships)
				.where(eq(chapterMemberships.chapterId, chapter.id))
				.limit(1);
			const at = new Date(ANCHOR - (i + 1) * 9 * DAY);
			newPosts.push({
				kind: 'chapter',
				authorId: member?.memberId ?? demo.id,
				chapterId: chapter.id,
				title: `${chapter.name}: ${pick(rng, TEXT.en.titles)}`,
				slug: '',
				body: paragraphs(rng, 'en', 2),
				language: 'en',
				tags: ['chapter-news'],
				visibility: 'public',
				status: 'published',
				createdAt: at,
				updatedAt: at,
				publishedAt: at
			});
		}
		for (const p of newPosts) p.slug = slugify(p.title);
		const postRows = await tx.insert(posts).values(newPosts).returning({
			id: posts.id,
			title: posts.title,
			body: posts.body,
			tags: posts.tags,
			authorId: posts.authorId,
			createdAt: posts.createdAt
		});
		await tx.insert(postVersions).values(
			postRows.map((p) => ({
				postId: p.id,
				version: 1,
				title: p.title,
				body: p.body,
				tags: p.tags,
				editorId: p.authorId,
				createdAt: p.createdAt
			}))
		);

		// Forums: the organisation's categories and one per chapter.
		const categoryRows = await tx
			.insert(forumCategories)
			.values([
				{
					slug: 'general',
					name: 'General discussion',
					description: 'Anything about the organisation.',
					position: 1
				},
				{
					slug: 'vision',
					name: 'Vision and program',
					description: 'What we want, and how we get there.',
					position: 2
				},
				{
					slug: 'organising',
					name: 'Organising help',
					description: 'Practical questions from chapters.',
					position: 3
				},
				{
					slug: 'debate-es',
					name: 'Debate en español',
					description: 'Conversaciones en castellano.',
					position: 4
				},
				{
					slug: 'nqash',
					name: 'نقاش بالعربية',
					description: 'نقاشات باللغة العربية.',
					position: 5
				},
				...someChapters.map((c, i) => ({
					chapterId: c.id,
					slug: `chapter-${c.id}`,
					name: c.name,
					description: `Forum of ${c.name}.`,
					position: 10 + i
				}))
			])
			.returning({ id: forumCategories.id, slug: forumCategories.slug });
		const categoryLang = (slug: string): Lang =>
			slug === 'debate-es' ? 'es' : slug === 'nqash' ? 'ar' : 'en';

		type NewThread = typeof forumThreads.$inferInsert;
		const newThreads: NewThread[] = [
			{
				categoryId: categoryRows[0].id,
				authorId: demo.id,
				title: 'What should the founding convention decide first?',
				body: `${paragraphs(rng, 'en', 2)}\n\nPlease keep it civil: this thread is long, and everyone should get a say.`,
				language: 'en',
				pinned: true,
				createdAt: new Date(ANCHOR - 40 * DAY),
				lastActivityAt: new Date(ANCHOR - DAY)
			}
		];
		for (let i = 0; i < 40; i++) {
			const category = categoryRows[i % categoryRows.length];
			const lang = categoryLang(category.slug);
			const at = new Date(ANCHOR - (40 - i) * 2 * DAY - rng.below(DAY));
			newThreads.push({
				categoryId: category.id,
				authorId: people[rng.below(people.length)].id,
				title: pick(rng, TEXT[lang].titles),
				body: paragraphs(rng, lang, 1 + rng.below(2)),
				language: lang,
				locked: i === 7,
				slowModeSeconds: i === 3 ? 300 : 0,
				createdAt: at,
				lastActivityAt: at
			});
		}
		const threadRows = await tx.insert(forumThreads).values(newThreads).returning({
			id: forumThreads.id,
			language: forumThreads.language,
			createdAt: forumThreads.createdAt
		});

		// Comments: the big thread gets 520, ordinary threads and posts a few each.
		type NewComment = typeof comments.$inferInsert & { id?: number };
		const mentionEvents: (typeof events.$inferInsert)[] = [];
		const allComments: { id: number; body: string; createdAt: Date; authorId: number }[] = [];

		async function discussion(
			subjectType: 'post' | 'thread',
			subjectId: number,
			lang: Lang,
			start: Date,
			levels: number[]
		) {
			let parents: { id: number; rootId: number; depth: number; handle: string }[] = [];
			let minute = 0;
			for (const [depth, n] of levels.entries()) {
				if (!n || (depth > 0 && !parents.length)) break;
				const rows: NewComment[] = [];
				const meta: { rootId: number | null; handle: string }[] = [];
				for (let i = 0; i < n; i++) {
					const author = people[rng.below(people.length)];
					const parent = depth > 0 ? parents[rng.below(parents.length)] : null;
					let body = pick(rng, TEXT[lang].replies);
					if (parent && rng.below(4) === 0) body = `@${parent.handle} ${body}`;
					if (rng.below(12) === 0) body = `> ${pick(rng, TEXT[lang].sentences)}\n\n${body}`;
					if (rng.below(5) === 0) body += ` ${pick(rng, TEXT[lang].sentences)}`;
					minute += 1 + rng.below(90);
					rows.push({
						subjectType,
						subjectId,
						parentId: parent?.id ?? null,
						rootId: parent ? parent.rootId : null,
						depth,
						authorId: author.id,
						body,
						language: lang,
						createdAt: new Date(start.getTime() + minute * 60_000)
					});
					meta.push({ rootId: parent?.rootId ?? null, handle: author.handle });
				}
				const inserted: { id: number; body: string; createdAt: Date; authorId: number }[] = [];
				await insertBatches(rows, async (batch) => {
					inserted.push(
						...(await tx.insert(comments).values(batch).returning({
							id: comments.id,
							body: comments.body,
							createdAt: comments.createdAt,
							authorId: comments.authorId
						}))
					);
				});
				allComments.push(...inserted);
				parents = inserted.map((c, i) => ({
					id: c.id,
					rootId: meta[i].rootId ?? c.id,
					depth,
					handle: meta[i].handle
				}));
				for (const c of inserted) {
					const mention = /^@([A-Za-z0-9_]+)/.exec(c.body);
					const target = mention && people.find((p) => p.handle === mention[1]);
					if (target && target.id !== c.authorId)
						mentionEvents.push({
							type: 'member.mentioned',
							actorId: c.authorId,
							subjectType: 'comment',
							subjectId: c.id,
							data: { memberId: target.id, demo: true },
							createdAt: c.createdAt
						});
				}
			}
		}

		const big = threadRows[0];
		await discussion('thread', big.id, 'en', big.createdAt, [170, 190, 100, 40, 15, 5]);
		for (const t of threadRows.slice(1))
			await discussion('thread', t.id, t.language as Lang, t.createdAt, [
				2 + rng.below(8),
				rng.below(6),
				rng.below(3)
			]);
		for (const p of postRows.filter((_, i) => i % 3 === 0))
			await discussion('post', p.id, 'en', p.createdAt, [1 + rng.below(5), rng.below(4)]);

		await insertBatches(allComments, (batch) =>
			tx
				.insert(commentVersions)
				.values(
					batch.map((c) => ({ commentId: c.id, version: 1, body: c.body, createdAt: c.createdAt }))
				)
		);
		// A few edits (with their history) and deletions (tombstones) in the big thread.
		const bigComments = allComments.slice(0, 520);
		for (const c of bigComments.filter((_, i) => i % 97 === 5)) {
			const body = `${c.body} (Edited: I changed my mind a little.)`;
			await tx
				.update(comments)
				.set({ body, version: 2, editedAt: new Date(c.createdAt.getTime() + 3_600_000) })
				.where(eq(comments.id, c.id));
			await tx.insert(commentVersions).values({ commentId: c.id, version: 2, body });
		}
		for (const c of bigComments.filter((_, i) => i % 131 === 17)) {
			await tx
				.update(comments)
				.set({ body: '', deletedAt: new Date(c.createdAt.getTime() + 7_200_000) })
				.where(eq(comments.id, c.id));
			await tx.delete(commentVersions).where(eq(commentVersions.commentId, c.id));
		}
		await tx.execute(sql`
			update forum_threads t set comment_count = c.n, last_activity_at = greatest(t.last_activity_at, c.last)
			from (select subject_id, count(*)::int as n, max(created_at) as last from comments where subject_type = 'thread' group by subject_id) c
			where c.subject_id = t.id`);
		await insertBatches(mentionEvents, (batch) => tx.insert(events).values(batch));
	});
}
