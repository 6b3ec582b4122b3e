/**
 * The API's resources: what the pages' queries return, without what only a page needs (rendered
 * HTML, "may I" flags, the caller's own ballot). The queries already applied every visibility and
 * privacy rule (a byline's name is the one the reader may see); this only leaves things out.
 */
import { NotFound } from '$lib/server/errors';
import { idFromRef } from '$lib/server/refs';
import type { postById, postList, threadById } from '$lib/server/writing/queries';
import type { commentPage } from '$lib/server/comments/queries';
import type { projectPage, projectTaskList } from '$lib/server/projects/pages';
import type { electionPage } from '$lib/server/elections/queries';
import type { profileByHandle } from '$lib/server/members/queries';
import type { mandatesOfScope } from '$lib/server/mandates/scope-view';
import type { Tier } from '$lib/domain/members/tiers';

/** The number at the start of a path parameter (`12` or `12-a-slug`), or a 404. */
export function pathId(ref: string | undefined, missing: string): number {
	return idFromRef(ref ?? '') ?? notThere(missing);
}

function notThere(key: string): never {
	throw new NotFound(key);
}

type Post = Awaited<ReturnType<typeof postById>>;
type Listed = Awaited<ReturnType<typeof postList>>['posts'][number];

export function postResource(origin: string, p: Post) {
	return {
		id: p.id,
		kind: p.kind,
		status: p.status,
		title: p.title,
		body: p.body,
		language: p.language,
		tags: p.tags,
		visibility: p.visibility,
		publishedAt: p.publishedAt,
		updatedAt: p.updatedAt,
		hidden: p.hidden,
		author: { handle: p.author.handle, name: p.author.displayName },
		chapter: p.chapter,
		url: origin + p.url
	};
}

export function listedPostResource(origin: string, p: Listed) {
	return {
		id: p.id,
		kind: p.kind,
		title: p.title,
		excerpt: p.excerpt,
		language: p.language,
		tags: p.tags,
		visibility: p.visibility,
		publishedAt: p.publishedAt,
		updatedAt: p.updatedAt,
		author: { handle: p.handle, name: p.displayName },
		chapter: p.chapterSlug ? { name: p.chapterName, slug: p.chapterSlug } : null,
		url: origin + p.url
	};
}

type Comments = Awaited<ReturnType<typeof commentPage>>;

export function commentsResource(page: Comments) {
	return {
		total: page.total,
		comments: page.comments.map((c) => ({
			id: c.id,
			parentId: c.parentId,
			depth: c.depth,
			author: { handle: c.author.handle, name: c.author.displayName },
			html: c.html,
			createdAt: c.createdAt,
			editedAt: c.editedAt,
			deleted: c.deleted,
			hidden: c.hidden
		})),
		next: page.nextAfter === null ? null : String(page.nextAfter)
	};
}

type ProjectPage = Awaited<ReturnType<typeof projectPage>>;

/** A project as its page shows it (which leaves out whom coordination is offered to). */
export function projectResource(page: ProjectPage) {
	const { html: _html, needsHtml: _needs, ...project } = page.project;
	return {
		project,
		chapter: page.chapter,
		members: page.members,
		tasks: page.tasks.map(({ canClaim: _c, myEmpowerment: _e, myOnerousness: _o, ...t }) => t),
		balance: page.balance,
		suggestion: page.suggestion,
		updates: page.updates.map(({ body: _b, ...u }) => u)
	};
}

type ElectionPage = Awaited<ReturnType<typeof electionPage>>;

/** An election as published: never the caller's ballot, nor what they may do. */
export function electionResource(page: ElectionPage) {
	const { ballot: _ballot, mine: _mine, may: _may, ...published } = page;
	return published;
}

type Thread = Awaited<ReturnType<typeof threadById>>;

export function threadResource(origin: string, t: Thread) {
	return {
		id: t.id,
		title: t.title,
		body: t.body,
		language: t.language,
		pinned: t.pinned,
		locked: t.locked,
		commentCount: t.commentCount,
		createdAt: t.createdAt,
		hidden: t.hidden,
		author: { handle: t.author.handle, name: t.author.displayName },
		category: { slug: t.categorySlug, name: t.categoryName },
		url: origin + t.url
	};
}

type Profile = Awaited<ReturnType<typeof profileByHandle>>;

/**
 * A member's profile as their page shows it to the caller (the query chose the name and the
 * photo they may see), without what only the member sees of it: their address.
 */
export function memberResource(origin: string, p: Profile) {
	return {
		handle: p.handle,
		name: p.displayName,
		country: p.country,
		city: p.city,
		languages: p.languages,
		bio: p.bio,
		// members_tier_check holds the column to the tiers.
		tier: p.tier as Tier,
		memberSince: p.createdAt,
		avatar: p.avatar ? origin + p.avatar : null,
		url: `${origin}/@${p.handle}`
	};
}

type TaskList = Awaited<ReturnType<typeof projectTaskList>>;

/** A page of a project's tasks; an assignee the caller may not see by name has none. */
export function taskListResource(origin: string, list: TaskList) {
	return {
		project: { ...list.project, url: origin + list.project.url },
		tasks: list.tasks.map((t) => ({
			...t,
			assignee: t.assignee && { handle: t.assignee.handle, name: t.assignee.name },
			url: origin + t.url
		})),
		next: list.next
	};
}

type ScopeMandates = Awaited<ReturnType<typeof mandatesOfScope>>;

/** A scope's current mandates, without what the page offers the caller (resign, recall, sign). */
export function mandateListResource(origin: string, list: ScopeMandates) {
	const absolute = (path: string | null) => (path ? origin + path : null);
	return {
		scope: { ...list.scope, url: absolute(list.scope.url) },
		mandates: list.mandates.map((m) => ({
			id: m.id,
			role: m.role,
			holder: {
				handle: m.holder.handle,
				name: m.holder.name,
				url: m.holder.profile ? `${origin}/@${m.holder.handle}` : null
			},
			startsAt: m.startsAt,
			endsAt: m.endsAt,
			election: m.electionId === null ? null : `${origin}/elections/${m.electionId}`,
			recall: m.petition && {
				status: m.petition.status,
				signatures: m.petition.signatures,
				threshold: m.petition.threshold,
				decision:
					m.petition.decisionId === null ? null : `${origin}/decisions/${m.petition.decisionId}`
			}
		}))
	};
}
