import { A as commentVersions, F as images, L as posts, M as flags, N as forumCategories, P as forumThreads, V as instanceSettings, j as comments, q as members, w as decisions } from "./i18n.js";
import { c as TooManyRequests, i as Forbidden, o as Invalid, s as NotFound, t as Conflict } from "./errors.js";
import { t as appendEvent } from "./append.js";
import { n as parseInput } from "./validation.js";
import { n as readerFor, r as slugify } from "./reader.js";
import { and, asc, count, desc, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import MarkdownIt from "markdown-it";
// src/lib/schemas/writing.ts
/** Input shapes for posts, forum threads, comments and flags. Messages are translation keys. */
var title = z.string({ error: "error_required" }).trim().min(1, { error: "error_required" }).max(200, { error: "post_error_title_long" });
var body = z.string({ error: "error_required" }).trim().min(1, { error: "error_required" }).max(5e4, { error: "post_error_body_long" });
var language = z.string().trim().regex(/^[a-z]{2,3}$/, { error: "error_invalid_value" }).default("en");
var tags = z.string().default("").transform((s) => [...new Set(s.split(",").map((t) => t.trim().toLowerCase().replace(/\s+/g, "-")).filter(Boolean))].slice(0, 10)).pipe(z.array(z.string().max(40, { error: "post_error_tag_long" })));
var postInput = z.object({
	title,
	body,
	language,
	tags,
	visibility: z.enum([
		"public",
		"members",
		"chapter"
	], { error: "error_invalid_value" }),
	kind: z.enum([
		"blog",
		"chapter",
		"organisation"
	], { error: "error_invalid_value" }).default("blog"),
	chapterId: z.coerce.number().int().positive().optional().or(z.literal("").transform(() => void 0)),
	publish: z.coerce.boolean().default(false)
});
var threadInput = z.object({
	title,
	body,
	language
});
var commentInput = z.object({
	body: z.string({ error: "error_required" }).trim().min(1, { error: "error_required" }).max(1e4, { error: "comment_error_body_long" }),
	parentId: z.coerce.number().int().positive().optional().or(z.literal("").transform(() => void 0)),
	quotedId: z.coerce.number().int().positive().optional().or(z.literal("").transform(() => void 0))
});
var FLAG_REASONS = [
	"abuse",
	"harassment",
	"spam",
	"off-topic",
	"private-data",
	"other"
];
var flagInput = z.object({
	reason: z.enum(FLAG_REASONS, { error: "flag_error_reason" }),
	note: z.string().trim().max(500).default("")
});
z.object({ q: z.string().trim().max(200).default("") });
// src/lib/server/writing/policy.ts
/** Mandated roles (elected, recallable) that may write for the organisation and pin threads. */
var FACILITATOR_TIERS = /* @__PURE__ */ new Set(["facilitator"]);
/** Friends may post and comment; everyone with an account may write. */
var WRITER_TIERS = /* @__PURE__ */ new Set([
	"friend",
	"interim",
	"member",
	"facilitator"
]);
function canSeePost(reader, post) {
	if (reader && reader.id === post.authorId) return true;
	if (post.status !== "published") return false;
	switch (post.visibility) {
		case "public": return true;
		case "members": return !!reader;
		case "chapter": return !!reader && post.chapterId !== null && reader.chapterIds.includes(post.chapterId);
		default: return false;
	}
}
function can(actor, action, subject) {
	if (action === "view-post") return canSeePost(actor, subject);
	if (!actor || !WRITER_TIERS.has(actor.tier)) return false;
	const own = subject?.authorId === actor.id;
	switch (action) {
		case "write-blog":
		case "start-thread":
		case "comment": return !subject?.locked;
		case "write-organisation-news":
		case "pin-thread": return FACILITATOR_TIERS.has(actor.tier);
		case "write-chapter-news": return subject?.chapterId != null && actor.chapterIds.includes(subject.chapterId);
		case "edit-post":
		case "edit-comment":
		case "delete-comment": return own && !subject?.deletedAt;
		case "lock-thread":
		case "set-slow-mode": return own || FACILITATOR_TIERS.has(actor.tier);
		case "flag": return !own && !subject?.deletedAt;
	}
}
// src/lib/server/writing/settings.ts
var DEFAULT_LIMITS = {
	commentsPerHour: 60,
	commentsPerThreadPerDay: 40,
	postsPerDay: 10,
	slowModeSeconds: 300,
	flagThreshold: 3
};
var LIMITS_KEY = "writing.limits";
var CACHE_MS = 5e3;
var cached;
async function writingLimits(db) {
	if (cached && Date.now() - cached.at < CACHE_MS) return cached.limits;
	const limits = await readLimits(db);
	cached = {
		at: Date.now(),
		limits
	};
	return limits;
}
async function readLimits(db) {
	const [row] = await db.select({ value: instanceSettings.value }).from(instanceSettings).where(eq(instanceSettings.key, LIMITS_KEY));
	const stored = row?.value ?? {};
	const out = { ...DEFAULT_LIMITS };
	for (const key of Object.keys(DEFAULT_LIMITS)) {
		const v = stored[key];
		if (typeof v === "number" && Number.isFinite(v) && v >= 0) out[key] = Math.floor(v);
	}
	return out;
}
// src/lib/server/comments/subjects.ts
/** Load a subject the reader may see, or throw NotFound (hidden things do not exist for them). */
async function loadSubject(db, reader, type, id) {
	if (type === "post") {
		const [post] = await db.select({
			id: posts.id,
			authorId: posts.authorId,
			title: posts.title,
			kind: posts.kind,
			status: posts.status,
			visibility: posts.visibility,
			chapterId: posts.chapterId,
			locked: posts.commentsLocked,
			slowModeSeconds: posts.slowModeSeconds
		}).from(posts).where(eq(posts.id, id));
		if (!post || !canSeePost(reader, post) || post.status !== "published") throw new NotFound("post_error_not_found");
		return {
			...post,
			type,
			url: `/posts/${post.id}-${slugify(post.title)}`
		};
	}
	if (type === "thread") {
		const [thread] = await db.select({
			id: forumThreads.id,
			authorId: forumThreads.authorId,
			title: forumThreads.title,
			locked: forumThreads.locked,
			slowModeSeconds: forumThreads.slowModeSeconds,
			chapterId: forumCategories.chapterId
		}).from(forumThreads).innerJoin(forumCategories, eq(forumCategories.id, forumThreads.categoryId)).where(eq(forumThreads.id, id));
		if (!thread) throw new NotFound("forum_error_not_found");
		return {
			...thread,
			type,
			url: `/threads/${thread.id}-${slugify(thread.title)}`
		};
	}
	if (type === "decision") {
		const [d] = await db.select({
			id: decisions.id,
			authorId: decisions.authorId,
			title: decisions.title,
			phase: decisions.phase,
			locked: decisions.commentsLocked,
			slowModeSeconds: decisions.slowModeSeconds,
			scopeKind: decisions.scopeKind,
			scopeId: decisions.scopeId
		}).from(decisions).where(eq(decisions.id, id));
		if (!d || d.phase === "draft") throw new NotFound("decision_error_not_found");
		return {
			type,
			id: d.id,
			authorId: d.authorId,
			title: d.title,
			locked: d.locked,
			slowModeSeconds: d.slowModeSeconds,
			chapterId: d.scopeKind === "chapter" ? d.scopeId : null,
			url: `/decisions/${d.id}-${slugify(d.title)}`
		};
	}
	throw new NotFound("comment_error_not_found");
}
// src/lib/server/comments/commands.ts
var MENTION$1 = /(?<![\p{L}\p{N}_@/])@([A-Za-z0-9_]{2,30})/gu;
/** The handles a text mentions (`@handle`), without duplicates. */
function mentionedHandles(text) {
	const withoutCode = text.replace(/```[\s\S]*?```|`[^`]*`/g, "");
	return [...new Set([...withoutCode.matchAll(MENTION$1)].map((m) => m[1].toLowerCase()))].slice(0, 20);
}
async function mentionEvents(tx, actor, commentId, body) {
	const handles = mentionedHandles(body);
	if (!handles.length) return;
	const found = await tx.select({ id: members.id }).from(members).where(and(inArray(sql`lower(${members.handle})`, handles), sql`${members.deletedAt} is null`));
	for (const m of found) {
		if (m.id === actor.id) continue;
		await appendEvent(tx, {
			type: "member.mentioned",
			actorId: actor.id,
			subjectType: "comment",
			subjectId: commentId,
			data: { memberId: m.id }
		});
	}
}
/** Post a comment or a reply on a post or thread, within the posting limits and slow mode. */
async function postComment(db, actor, subjectType, subjectId, raw) {
	const reader = await readerFor(db, actor);
	const subject = await loadSubject(db, reader, subjectType, subjectId);
	if (!can(reader, "comment", { locked: subject.locked })) throw new Forbidden(subject.locked ? "comment_error_locked" : "error_forbidden");
	const input = parseInput(commentInput, raw);
	let parent;
	if (input.parentId) {
		[parent] = await db.select({
			id: comments.id,
			rootId: comments.rootId,
			depth: comments.depth
		}).from(comments).where(and(eq(comments.id, input.parentId), eq(comments.subjectType, subject.type), eq(comments.subjectId, subject.id)));
		if (!parent) throw new Invalid("error_form", { body: "comment_error_parent_gone" });
	}
	const limits = await writingLimits(db);
	const [[hour], [day], [last]] = await Promise.all([
		db.select({ n: count() }).from(comments).where(and(eq(comments.authorId, actor.id), gt(comments.createdAt, sql`now() - interval '1 hour'`))),
		db.select({ n: count() }).from(comments).where(and(eq(comments.authorId, actor.id), eq(comments.subjectType, subject.type), eq(comments.subjectId, subject.id), gt(comments.createdAt, sql`now() - interval '1 day'`))),
		db.select({ age: sql`extract(epoch from now() - ${comments.createdAt})::float8` }).from(comments).where(and(eq(comments.authorId, actor.id), eq(comments.subjectType, subject.type), eq(comments.subjectId, subject.id))).orderBy(desc(comments.createdAt)).limit(1)
	]);
	if (Number(hour.n) >= limits.commentsPerHour) throw new TooManyRequests("comment_error_hourly_limit", { limit: limits.commentsPerHour });
	if (Number(day.n) >= limits.commentsPerThreadPerDay) throw new TooManyRequests("comment_error_thread_limit", { limit: limits.commentsPerThreadPerDay });
	if (subject.slowModeSeconds > 0 && last && Number(last.age) < subject.slowModeSeconds) throw new TooManyRequests("comment_error_slow_mode", { seconds: Math.ceil(subject.slowModeSeconds - Number(last.age)) });
	return db.transaction(async (tx) => {
		const [comment] = await tx.insert(comments).values({
			subjectType: subject.type,
			subjectId: subject.id,
			parentId: parent?.id ?? null,
			rootId: parent ? parent.rootId ?? parent.id : null,
			depth: parent ? parent.depth + 1 : 0,
			authorId: actor.id,
			body: input.body,
			quotedId: input.quotedId ?? null
		}).returning({ id: comments.id });
		await tx.insert(commentVersions).values({
			commentId: comment.id,
			version: 1,
			body: input.body
		});
		if (subject.type === "thread") await tx.update(forumThreads).set({
			commentCount: sql`${forumThreads.commentCount} + 1`,
			lastActivityAt: /* @__PURE__ */ new Date()
		}).where(eq(forumThreads.id, subject.id));
		await appendEvent(tx, {
			type: "comment.posted",
			actorId: actor.id,
			subjectType: "comment",
			subjectId: comment.id,
			data: {
				on: subject.type,
				onId: subject.id,
				parentId: parent?.id ?? null
			}
		});
		await mentionEvents(tx, actor, comment.id, input.body);
		const root = parent ? parent.rootId ?? parent.id : comment.id;
		return {
			id: comment.id,
			url: `${subject.url}?after=${root - 1}#comment-${comment.id}`
		};
	});
}
async function ownComment(db, actor, commentId, action) {
	const [comment] = await db.select().from(comments).where(eq(comments.id, commentId));
	if (!comment) throw new NotFound("comment_error_not_found");
	if (!can(await readerFor(db, actor), action, comment)) throw new Forbidden("error_forbidden");
	return comment;
}
/** Edit a comment; the old text is kept as a version anyone may read. */
async function editComment(db, actor, commentId, raw) {
	const comment = await ownComment(db, actor, commentId, "edit-comment");
	const input = parseInput(commentInput.pick({ body: true }), raw);
	const subject = await loadSubject(db, await readerFor(db, actor), comment.subjectType, comment.subjectId);
	return db.transaction(async (tx) => {
		const version = comment.version + 1;
		await tx.update(comments).set({
			body: input.body,
			version,
			editedAt: /* @__PURE__ */ new Date()
		}).where(eq(comments.id, commentId));
		await tx.insert(commentVersions).values({
			commentId,
			version,
			body: input.body
		});
		await appendEvent(tx, {
			type: "comment.edited",
			actorId: actor.id,
			subjectType: "comment",
			subjectId: commentId,
			data: { version }
		});
		await mentionEvents(tx, actor, commentId, input.body);
		return { url: `${subject.url}#comment-${commentId}` };
	});
}
/** Delete a comment: its text goes, a tombstone stays so the replies still read in place. */
async function deleteComment(db, actor, commentId) {
	const comment = await ownComment(db, actor, commentId, "delete-comment");
	await db.transaction(async (tx) => {
		await tx.update(comments).set({
			body: "",
			deletedAt: /* @__PURE__ */ new Date()
		}).where(eq(comments.id, commentId));
		await tx.delete(commentVersions).where(eq(commentVersions.commentId, commentId));
		await appendEvent(tx, {
			type: "comment.deleted",
			actorId: actor.id,
			subjectType: "comment",
			subjectId: commentId,
			data: {
				on: comment.subjectType,
				onId: comment.subjectId
			}
		});
	});
}
/**
* Flag a comment, post or thread with a reason. Enough flags from different members collapse it
* until the moderation juries review it. One flag per member per item.
*/
async function flagContent(db, actor, subjectType, subjectId, raw) {
	const table = subjectType === "comment" ? comments : subjectType === "post" ? posts : subjectType === "thread" ? forumThreads : null;
	if (!table) throw new NotFound("comment_error_not_found");
	const [item] = await db.select({ authorId: table.authorId }).from(table).where(eq(table.id, subjectId));
	if (!item) throw new NotFound("comment_error_not_found");
	if (!can(await readerFor(db, actor), "flag", item)) throw new Forbidden("flag_error_own");
	const input = parseInput(flagInput, raw);
	await db.transaction(async (tx) => {
		if (!(await tx.insert(flags).values({
			subjectType,
			subjectId,
			memberId: actor.id,
			reason: input.reason,
			note: input.note
		}).onConflictDoNothing().returning({ id: flags.id })).length) throw new Conflict("flag_error_already");
		await tx.update(table).set({ flagCount: sql`${table.flagCount} + 1` }).where(eq(table.id, subjectId));
		await appendEvent(tx, {
			type: "content.flagged",
			actorId: actor.id,
			subjectType,
			subjectId,
			data: { reason: input.reason }
		});
	});
}
// src/lib/server/writing/markdown.ts
/**
* Members' Markdown: CommonMark with GFM tables, strikethrough and task lists. Raw HTML is off
* (it is shown as text), links are checked (only http, https, mailto and same-site paths), and
* images only come from this site's own image store (`/media/…`); anything else becomes a plain
* link. Output goes into pages with {@html}; docs/security.md explains why that is safe.
*/
/** Unicode bidirectional controls that can disguise text (e.g. a file name read backwards). */
var BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
function stripBidiControls(text) {
	return text.replace(BIDI_CONTROLS, "");
}
var SAFE_SCHEME = /^(https?:|mailto:)/i;
var HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
/** Whether a link target may be followed: web, mail, or a path on this site. */
function isSafeLink(url) {
	const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, "");
	if (compact.startsWith("//") || compact.startsWith("\\")) return false;
	if (/^\/[\\/]/.test(compact)) return false;
	if (HAS_SCHEME.test(compact)) return SAFE_SCHEME.test(compact);
	return !/&(colon|#0*58|#x0*3a);?/i.test(compact);
}
/** Images may only come from this site's image store. */
function isSafeImage(url) {
	return /^\/media\/[A-Za-z0-9_-]+(\.[a-z0-9]+)?(\?[a-z0-9=&_-]*)?$/.test(url);
}
/** `@handle` not preceded by a letter, digit, `_`, `@` or `/` (so e-mail addresses are left alone). */
var MENTION = /(?<![\p{L}\p{N}_@/.])@([A-Za-z0-9_]{2,30})\b/gu;
function textToken(state, content) {
	const token = new state.Token("text", "", 0);
	token.content = content;
	return token;
}
function createRenderer({ headings }) {
	const md = new MarkdownIt("commonmark", {
		html: false,
		linkify: true,
		typographer: false
	});
	md.enable(["table", "strikethrough"]);
	if (!headings) md.disable(["heading", "lheading"]);
	md.validateLink = isSafeLink;
	md.core.ruler.after("inline", "task-lists", (state) => {
		const tokens = state.tokens;
		for (let i = 2; i < tokens.length; i++) {
			const inline = tokens[i];
			if (inline.type !== "inline" || tokens[i - 1].type !== "paragraph_open" || tokens[i - 2].type !== "list_item_open") continue;
			const first = inline.children?.[0];
			const match = first?.type === "text" ? /^\[([ xX])\]\s+/.exec(first.content) : null;
			if (!first || !match) continue;
			first.content = first.content.slice(match[0].length);
			const mark = new state.Token("task_mark", "", 0);
			mark.meta = { done: match[1] !== " " };
			inline.children.unshift(mark);
			tokens[i - 2].attrJoin("class", "task");
		}
	});
	md.core.ruler.after("inline", "mentions", (state) => {
		for (const block of state.tokens) {
			if (block.type !== "inline" || !block.children) continue;
			const out = [];
			let inLink = 0;
			for (const token of block.children) {
				if (token.type === "link_open") inLink++;
				if (token.type === "link_close") inLink--;
				if (token.type !== "text" || inLink > 0 || !token.content.includes("@")) {
					out.push(token);
					continue;
				}
				let last = 0;
				for (const match of token.content.matchAll(MENTION)) {
					const start = match.index;
					if (start > last) out.push(textToken(state, token.content.slice(last, start)));
					const open = new state.Token("link_open", "a", 1);
					open.attrSet("href", `/@${match[1]}`);
					open.attrSet("class", "mention");
					out.push(open, textToken(state, match[0]), new state.Token("link_close", "a", -1));
					last = start + match[0].length;
				}
				if (last < token.content.length) out.push(textToken(state, token.content.slice(last)));
			}
			block.children = out;
		}
	});
	md.renderer.rules.task_mark = (tokens, idx) => `<span class="task-mark">${tokens[idx].meta?.done ? "☑" : "☐"}</span> `;
	md.core.ruler.push("heading-levels", (state) => {
		let previous = 1;
		for (const token of state.tokens) {
			if (token.type !== "heading_open" && token.type !== "heading_close") continue;
			if (token.type === "heading_open") {
				const wanted = Number(token.tag.slice(1)) + 1;
				previous = Math.min(wanted, previous + 1, 6);
				token.tag = `h${Math.max(previous, 2)}`;
			} else token.tag = `h${Math.max(previous, 2)}`;
		}
	});
	const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
	md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
		const token = tokens[idx];
		const href = String(token.attrGet("href") ?? "");
		if (/^(https?:|mailto:)/i.test(href)) token.attrSet("rel", "nofollow ugc noopener noreferrer");
		return defaultLinkOpen(tokens, idx, options, env, self);
	};
	md.renderer.rules.image = (tokens, idx, options) => {
		const token = tokens[idx];
		const src = String(token.attrGet("src") ?? "");
		const alt = md.utils.escapeHtml(token.children ? md.renderer.renderInlineAsText(token.children, options, {}) : "");
		if (!isSafeImage(src)) {
			if (!isSafeLink(src) || !src) return alt;
			return `<a href="${md.utils.escapeHtml(src)}" rel="nofollow ugc noopener noreferrer">${alt || md.utils.escapeHtml(src)}</a>`;
		}
		return `<img src="${md.utils.escapeHtml(src)}" alt="${alt}" loading="lazy" decoding="async">`;
	};
	return md;
}
var full = createRenderer({ headings: true });
var short = createRenderer({ headings: false });
/** Render a post or thread body (headings allowed, from level 2). */
function renderMarkdown(source) {
	return full.render(stripBidiControls(source));
}
/** Render a comment (no headings: comments sit under the page's own headings). */
function renderCommentMarkdown(source) {
	return short.render(stripBidiControls(source));
}
/** Plain text for summaries, feeds' titles and search snippets. */
function markdownExcerpt(source, length = 240) {
	const text = stripBidiControls(source).replace(/!\[[^\]]*\]\([^)]*\)/g, "").replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/[#>*_`~|-]+/g, " ").replace(/\s+/g, " ").trim();
	return text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
}
/**
* The newest profile photo's address under /media, or null. Names are qualified by hand: in a
* single-table select Drizzle writes bare column names, and a bare "id" inside this subquery
* would be the image's own id, not the member's.
*/
var avatarUrl = sql`(select '/media/' || avatar.key from ${images} avatar where avatar.owner_id = ${members}.id and avatar.purpose = 'avatar' order by avatar.id desc limit 1)`;
/**
* One page of a discussion: up to ROOTS_PER_PAGE top-level comments after `after` (keyset) with
* all their replies, in two indexed queries whatever the thread's size.
*/
async function commentPage(db, reader, subjectType, subjectId, after = 0) {
	const subject = await loadSubject(db, reader, subjectType, subjectId);
	const limits = await writingLimits(db);
	const columns = {
		id: comments.id,
		parentId: comments.parentId,
		rootId: comments.rootId,
		depth: comments.depth,
		body: comments.body,
		authorId: comments.authorId,
		createdAt: comments.createdAt,
		editedAt: comments.editedAt,
		deletedAt: comments.deletedAt,
		flagCount: comments.flagCount,
		reviewedAt: comments.reviewedAt,
		handle: members.handle,
		displayName: members.displayName,
		avatar: avatarUrl
	};
	const roots = await db.select({
		...columns,
		total: sql`(select count(*)::int from ${comments} c where c.subject_type = ${subject.type} and c.subject_id = ${subject.id})`
	}).from(comments).innerJoin(members, eq(members.id, comments.authorId)).where(and(eq(comments.subjectType, subject.type), eq(comments.subjectId, subject.id), isNull(comments.parentId), gt(comments.id, after))).orderBy(asc(comments.id)).limit(26);
	const more = roots.length > 25;
	if (more) roots.pop();
	const replies = roots.length ? await db.select(columns).from(comments).innerJoin(members, eq(members.id, comments.authorId)).where(inArray(comments.rootId, roots.map((r) => r.id))).orderBy(asc(comments.rootId), asc(comments.id)) : [];
	const total = roots.length ? roots[0].total : after ? (await db.select({ n: count() }).from(comments).where(and(eq(comments.subjectType, subject.type), eq(comments.subjectId, subject.id))))[0].n : 0;
	const byParent = /* @__PURE__ */ new Map();
	for (const r of replies) {
		const list = byParent.get(r.parentId) ?? [];
		list.push(r);
		byParent.set(r.parentId, list);
	}
	const names = /* @__PURE__ */ new Map();
	for (const c of [...roots, ...replies]) names.set(c.id, c.displayName);
	const out = [];
	const visit = (c) => {
		const deleted = !!c.deletedAt;
		out.push({
			id: c.id,
			parentId: c.parentId,
			depth: Math.min(c.depth, 4),
			author: {
				handle: c.handle,
				displayName: c.displayName,
				avatar: c.avatar
			},
			html: deleted ? null : renderCommentMarkdown(c.body),
			createdAt: c.createdAt,
			editedAt: c.editedAt,
			deleted,
			collapsed: !deleted && c.flagCount >= limits.flagThreshold && !c.reviewedAt,
			own: !!reader && reader.id === c.authorId && !deleted,
			replyTo: c.depth > 4 && c.parentId ? names.get(c.parentId) ?? null : null
		});
		for (const child of byParent.get(c.id) ?? []) visit(child);
	};
	for (const root of roots) visit(root);
	return {
		subject,
		comments: out,
		total: Number(total),
		nextAfter: more ? roots[roots.length - 1].id : null,
		canComment: !!reader && !subject.locked
	};
}
/** One comment for its edit form (its author only) or for quoting. */
async function commentForEdit(db, reader, commentId) {
	const [row] = await db.select({
		id: comments.id,
		body: comments.body,
		authorId: comments.authorId,
		subjectType: comments.subjectType,
		subjectId: comments.subjectId,
		deletedAt: comments.deletedAt,
		handle: members.handle,
		displayName: members.displayName
	}).from(comments).innerJoin(members, eq(members.id, comments.authorId)).where(eq(comments.id, commentId));
	if (!row) throw new NotFound("comment_error_not_found");
	const subject = await loadSubject(db, reader, row.subjectType, row.subjectId);
	return {
		...row,
		subject,
		own: !!reader && reader.id === row.authorId && !row.deletedAt
	};
}
/** Every kept version of a comment, newest first (a deleted comment keeps none). */
async function commentHistory(db, reader, commentId) {
	return {
		comment: await commentForEdit(db, reader, commentId),
		versions: (await db.select({
			version: commentVersions.version,
			body: commentVersions.body,
			createdAt: commentVersions.createdAt
		}).from(commentVersions).where(eq(commentVersions.commentId, commentId)).orderBy(sql`${commentVersions.version} desc`)).map((v) => ({
			...v,
			html: renderCommentMarkdown(v.body)
		}))
	};
}
export { markdownExcerpt as a, editComment as c, writingLimits as d, can as f, threadInput as g, postInput as h, commentPage as i, flagContent as l, FLAG_REASONS as m, commentForEdit as n, renderMarkdown as o, canSeePost as p, commentHistory as r, deleteComment as s, avatarUrl as t, postComment as u };
