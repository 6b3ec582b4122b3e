import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import {
	chapterMemberships,
	chapters,
	effortEntries,
	events,
	members,
	projectMembers,
	projectTasks,
	projects,
	taskRatings
} from '$lib/server/db/schema';
import { SeededRandom } from '$lib/domain/tally/seeded-random';
import { medianTenths } from '$lib/domain/work/ratings';
import type { ProjectStatus } from '$lib/domain/work/status';

/**
 * The demo organisation's projects: about 40 in every state, organisation-wide and in chapters,
 * with tasks (many under an hour), members' ratings and effort histories — shared evenly in some
 * projects and carried by one or two people in others. Deterministic, inserted in batches.
 */

const DAY = 86_400_000;
/** The same fixed "now" as the rest of the demo history. */
const ANCHOR = Date.UTC(2026, 9, 1, 12);

const PROJECTS: { title: string; goals: string; needs: string; language: string }[] = [
	{
		title: 'Community garden on Rua Nova',
		goals: 'Turn the empty lot into a garden that feeds twenty households.',
		needs: 'Gardeners, a van on Saturdays, seeds.',
		language: 'en'
	},
	{
		title: 'Translate the interim documents',
		goals:
			'Every founding document in Spanish, Arabic, French and Portuguese before the convention.',
		needs: 'Translators and proofreaders.',
		language: 'en'
	},
	{
		title: 'Tenants’ rights clinic',
		goals: 'A weekly clinic where tenants get help with landlords and deposits.',
		needs: 'People who know housing law; hosts for the room.',
		language: 'en'
	},
	{
		title: 'Banco de alimentos del barrio',
		goals: 'Recoger y repartir alimentos cada semana entre las familias del barrio.',
		needs: 'Voluntariado para recoger, clasificar y repartir.',
		language: 'es'
	},
	{
		title: 'Reading group on participatory economics',
		goals: 'A monthly reading group with notes anyone can reuse.',
		needs: 'Note-takers and hosts.',
		language: 'en'
	},
	{
		title: 'Convention logistics',
		goals: 'Venue, travel help and childcare for the founding convention.',
		needs: 'Organisers, bookkeepers, people with cars.',
		language: 'en'
	},
	{
		title: 'مكتبة الحي المجانية',
		goals: 'مكتبة صغيرة مفتوحة للجميع في مركز الحي.',
		needs: 'كتب، رفوف، ومتطوعون للمناوبة.',
		language: 'ar'
	},
	{
		title: 'Repair café',
		goals: 'Fix things together once a month instead of throwing them away.',
		needs: 'Fixers, tools, someone to keep the list.',
		language: 'en'
	},
	{
		title: 'Cooperativa de cuidados',
		goals: 'Una cooperativa de cuidado de mayores con trabajo repartido con justicia.',
		needs: 'Cuidadoras, asesoría jurídica, difusión.',
		language: 'es'
	},
	{
		title: 'Podcast of members’ stories',
		goals: 'Monthly episodes where members tell how they organise.',
		needs: 'Editors, interviewers, transcribers.',
		language: 'en'
	},
	{
		title: 'Childcare at meetings',
		goals: 'A rota so parents can come to every chapter meeting.',
		needs: 'Carers with checks; a room next to the meeting.',
		language: 'en'
	},
	{
		title: 'Website accessibility audit',
		goals: 'Check every page with people who use screen readers and keyboards.',
		needs: 'Testers, note-takers.',
		language: 'en'
	},
	{
		title: 'Solidarity fund bookkeeping',
		goals: 'Open books for the strike solidarity fund, published monthly.',
		needs: 'Bookkeepers and reviewers.',
		language: 'en'
	},
	{
		title: 'Cours de langue entre membres',
		goals: 'Des échanges de langues entre membres, en ligne et en personne.',
		needs: 'Des enseignants bénévoles.',
		language: 'fr'
	},
	{
		title: 'Bike workshop',
		goals: 'A workshop where anyone can learn to fix their bike.',
		needs: 'Mechanics, tools, a shed.',
		language: 'en'
	},
	{
		title: 'Oral history of the 2012 founders',
		goals: 'Record and transcribe the people who started the organisation.',
		needs: 'Interviewers, transcribers, translators.',
		language: 'en'
	}
];

const TASKS: {
	title: string;
	skills: string[];
	minutes: number;
	remote: boolean;
	e: number;
	o: number;
}[] = [
	{
		title: 'Take the minutes of the next meeting',
		skills: ['writing'],
		minutes: 60,
		remote: false,
		e: 2,
		o: 4
	},
	{
		title: 'Clean up after the meeting',
		skills: ['cleaning'],
		minutes: 30,
		remote: false,
		e: 1,
		o: 5
	},
	{
		title: 'Draft the call for volunteers',
		skills: ['writing'],
		minutes: 45,
		remote: true,
		e: 4,
		o: 2
	},
	{
		title: 'Translate the leaflet into Spanish',
		skills: ['translation', 'spanish'],
		minutes: 40,
		remote: true,
		e: 3,
		o: 2
	},
	{
		title: 'Proofread the Arabic version',
		skills: ['translation', 'arabic'],
		minutes: 30,
		remote: true,
		e: 3,
		o: 3
	},
	{
		title: 'Carry supplies from the depot',
		skills: ['lifting'],
		minutes: 90,
		remote: false,
		e: 1,
		o: 5
	},
	{
		title: 'Update the spreadsheet of contacts',
		skills: ['data-entry'],
		minutes: 25,
		remote: true,
		e: 1,
		o: 4
	},
	{
		title: 'Speak at the neighbourhood assembly',
		skills: ['speaking'],
		minutes: 120,
		remote: false,
		e: 5,
		o: 2
	},
	{ title: 'Design the poster', skills: ['design'], minutes: 90, remote: true, e: 4, o: 1 },
	{
		title: 'Phone members who missed two meetings',
		skills: ['phoning'],
		minutes: 50,
		remote: true,
		e: 2,
		o: 4
	},
	{
		title: 'Book the room for next month',
		skills: ['admin'],
		minutes: 15,
		remote: true,
		e: 2,
		o: 3
	},
	{
		title: 'Check the accounts against receipts',
		skills: ['bookkeeping'],
		minutes: 120,
		remote: true,
		e: 3,
		o: 4
	},
	{
		title: 'Write a short update for the blog',
		skills: ['writing'],
		minutes: 30,
		remote: true,
		e: 4,
		o: 2
	},
	{
		title: 'Set up chairs and the sound system',
		skills: ['lifting'],
		minutes: 40,
		remote: false,
		e: 1,
		o: 4
	},
	{
		title: 'Transcribe a recorded interview',
		skills: ['transcription'],
		minutes: 180,
		remote: true,
		e: 2,
		o: 5
	},
	{
		title: 'Facilitate the planning session',
		skills: ['facilitation'],
		minutes: 90,
		remote: false,
		e: 5,
		o: 2
	}
];

const STATUSES: ProjectStatus[] = [
	'active',
	'active',
	'active',
	'proposed',
	'active',
	'completed',
	'proposed',
	'archived'
];
const PROJECT_COUNT = 40;

type Lopsided = 'balanced' | 'lopsided' | 'mixed';

export async function seedDemoProjects(db: Db) {
	const rng = new SeededRandom('plenary-demo-projects');
	const people = await db
		.select({ id: members.id, handle: members.handle })
		.from(members)
		.orderBy(asc(members.id))
		.limit(800);
	if (people.length < 20) return;
	const demo = people.find((p) => p.handle === 'demo') ?? people[0];
	const local = await db
		.select({ id: chapters.id, name: chapters.name })
		.from(chapters)
		.where(eq(chapters.kind, 'local'))
		.orderBy(asc(chapters.id))
		.limit(12);
	const chapterPeople = new Map<number, number[]>();
	if (local.length) {
		const rows = await db
			.select({ chapterId: chapterMemberships.chapterId, memberId: chapterMemberships.memberId })
			.from(chapterMemberships)
			.where(
				inArray(
					chapterMemberships.chapterId,
					local.map((c) => c.id)
				)
			)
			.limit(5000);
		for (const r of rows)
			chapterPeople.set(r.chapterId, [...(chapterPeople.get(r.chapterId) ?? []), r.memberId]);
	}
	const pick = <T>(list: T[]) => list[rng.below(list.length)];

	await db.transaction(async (tx) => {
		// Projects, each with its people chosen up front.
		type Plan = {
			status: ProjectStatus;
			chapterId: number | null;
			people: number[];
			shape: Lopsided;
			created: Date;
		};
		const plans: Plan[] = [];
		const projectRows: (typeof projects.$inferInsert)[] = [];
		for (let i = 0; i < PROJECT_COUNT; i++) {
			const base = PROJECTS[i % PROJECTS.length];
			const status = STATUSES[i % STATUSES.length];
			const chapterCandidates = local.filter((c) => (chapterPeople.get(c.id)?.length ?? 0) >= 3);
			const chapterId = i % 3 === 1 && chapterCandidates.length ? pick(chapterCandidates).id : null;
			const pool = chapterId ? chapterPeople.get(chapterId)! : people.map((p) => p.id);
			const size = Math.min(pool.length, 3 + rng.below(6));
			const chosen = new Set<number>();
			// The demo member takes part in several projects and coordinates the first.
			if (!chapterId && i % 4 === 0) chosen.add(demo.id);
			while (chosen.size < size) chosen.add(pick(pool));
			const created = new Date(ANCHOR - (PROJECT_COUNT - i) * 9 * DAY);
			plans.push({
				status,
				chapterId,
				people: [...chosen],
				shape: (['balanced', 'lopsided', 'mixed'] as const)[i % 3],
				created
			});
			projectRows.push({
				// A second project of the same kind is named after its place, as people would.
				title:
					i < PROJECTS.length || !local.length
						? base.title
						: `${base.title}, ${(local.find((c) => c.id === chapterId) ?? local[i % local.length]).name}`,
				goals: `${base.goals}\n\n- Meet every fortnight\n- Publish what we learn`,
				needs: base.needs,
				language: base.language,
				chapterId,
				visibility: chapterId && i % 2 ? 'chapter' : i % 5 === 2 ? 'members' : 'public',
				status,
				proposedBy: plans[i].people[0],
				createdAt: created,
				updatedAt: created
			});
		}
		const inserted = await tx.insert(projects).values(projectRows).returning({ id: projects.id });

		const memberRows: (typeof projectMembers.$inferInsert)[] = [];
		const taskRows: (typeof projectTasks.$inferInsert)[] = [];
		const taskPlans: { project: number; plan: Plan; spec: (typeof TASKS)[number] }[] = [];
		inserted.forEach(({ id }, i) => {
			const plan = plans[i];
			plan.people.forEach((memberId, k) =>
				memberRows.push({
					projectId: id,
					memberId,
					role: k === 0 ? 'coordinator' : 'member',
					roleSince: new Date(plan.created.getTime() + k * DAY),
					joinedAt: new Date(plan.created.getTime() + k * DAY),
					willingOnerous: rng.below(5) > 0
				})
			);
			const n = plan.status === 'proposed' ? 3 + rng.below(3) : 6 + rng.below(6);
			for (let t = 0; t < n; t++) {
				const spec = TASKS[(i * 5 + t * 3) % TASKS.length];
				const state =
					plan.status === 'completed' || plan.status === 'archived'
						? 'done'
						: t % 3 === 0
							? 'done'
							: t % 3 === 1
								? 'claimed'
								: 'open';
				taskRows.push({
					projectId: id,
					title: spec.title,
					description: 'See the project goals; ask in the discussion if anything is unclear.',
					estimateMinutes: spec.minutes,
					skills: spec.skills,
					language: projectRows[i].language!,
					remote: spec.remote,
					place: spec.remote ? '' : 'Chapter room',
					status: state,
					assigneeId: state === 'open' ? null : pick(plan.people),
					createdBy: plan.people[0],
					dueOn:
						state === 'open' && t % 2
							? new Date(ANCHOR + (7 + t) * DAY).toISOString().slice(0, 10)
							: null,
					createdAt: new Date(plan.created.getTime() + (t + 1) * DAY),
					completedAt: state === 'done' ? new Date(plan.created.getTime() + (t + 5) * DAY) : null
				});
				taskPlans.push({ project: id, plan, spec });
			}
		});
		await tx.insert(projectMembers).values(memberRows);
		const tasks = await tx.insert(projectTasks).values(taskRows).returning({
			id: projectTasks.id,
			assigneeId: projectTasks.assigneeId,
			status: projectTasks.status
		});

		// Ratings near each task's character, from most of the project's people; the task keeps the medians.
		const ratingRows: (typeof taskRatings.$inferInsert)[] = [];
		const medians: { id: number; e: number | null; o: number | null; n: number }[] = [];
		const clamp = (v: number) => Math.max(1, Math.min(5, v));
		tasks.forEach((task, k) => {
			const { plan, spec } = taskPlans[k];
			const es: number[] = [];
			const os: number[] = [];
			for (const memberId of plan.people) {
				if (rng.below(4) === 0) continue;
				const e = clamp(spec.e + rng.below(3) - 1);
				const o = clamp(spec.o + rng.below(3) - 1);
				es.push(e);
				os.push(o);
				ratingRows.push({
					taskId: task.id,
					memberId,
					empowerment: e,
					onerousness: o,
					ratedAt: plan.created
				});
			}
			medians.push({ id: task.id, e: medianTenths(es), o: medianTenths(os), n: es.length });
		});
		for (let i = 0; i < ratingRows.length; i += 500)
			await tx.insert(taskRatings).values(ratingRows.slice(i, i + 500));
		for (const med of medians)
			await tx
				.update(projectTasks)
				.set({ empowerTenths: med.e, onerousTenths: med.o, ratingCount: med.n })
				.where(eq(projectTasks.id, med.id));

		// Effort: in balanced projects everyone takes turns at onerous tasks; in lopsided ones the
		// same one or two people carry them while others take the empowering work.
		const effortRows: (typeof effortEntries.$inferInsert)[] = [];
		tasks.forEach((task, k) => {
			if (task.status === 'open') return;
			const { project, plan, spec } = taskPlans[k];
			const onerous = spec.o >= 4;
			const workers =
				plan.shape === 'balanced'
					? [plan.people[k % plan.people.length], plan.people[(k + 1) % plan.people.length]]
					: plan.shape === 'lopsided'
						? onerous
							? [plan.people[plan.people.length - 1]]
							: [plan.people[0]]
						: [task.assigneeId ?? plan.people[0]];
			for (const memberId of workers) {
				const sessions = 1 + rng.below(3);
				for (let s = 0; s < sessions; s++) {
					const day = new Date(plan.created.getTime() + (3 + rng.below(60)) * DAY);
					effortRows.push({
						projectId: project,
						taskId: task.id,
						memberId,
						minutes: Math.max(10, Math.round((spec.minutes * (0.5 + rng.below(10) / 10)) / 5) * 5),
						intensity: 1 + rng.below(5),
						workedOn: (day.getTime() > ANCHOR ? new Date(ANCHOR) : day).toISOString().slice(0, 10),
						createdAt: day > new Date(ANCHOR) ? new Date(ANCHOR) : day
					});
				}
			}
		});
		for (let i = 0; i < effortRows.length; i += 500)
			await tx.insert(effortEntries).values(effortRows.slice(i, i + 500));

		await tx.insert(events).values(
			inserted.map(({ id }, i) => ({
				type: 'project.proposed',
				actorId: plans[i].people[0],
				subjectType: 'project',
				subjectId: id,
				data: { demo: true },
				createdAt: plans[i].created
			}))
		);
	});
}
