/**
 * The register of founding documents. A document is added interim; opened to amendment, it gets
 * a decision of its scope whose text is the document's, so members and chapters propose
 * amendments there with everything the decisions offer (authors taking them in, rival amendments
 * put to a vote, the compromise procedure). The convention then takes amendments in by motion
 * (motions.ts) and ratifies the document.
 */
import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db, Queryable } from '$lib/server/db/client';
import {
	amendments,
	chapters,
	decisions,
	foundingDocuments,
	foundingDocumentVersions,
	members
} from '$lib/server/db/schema';
import { command } from '$lib/server/command';
import { Conflict, NotFound } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import { LIMITS } from '$lib/server/limits';
import { slugify } from '$lib/server/refs';
import { documentInput } from '$lib/schemas/conventions';
import { inChapter, type Actor } from '$lib/domain/members/actor';
import { sectionsChanged } from '$lib/domain/conventions/sections';
import { createDecision, submitDecision } from '$lib/server/decisions/commands';
import { baseText } from '$lib/server/decisions/advance';
import { publicName } from '$lib/server/members/privacy';
import { documentEvent } from './events';
import { can, type ConventionSubject } from './policy';
import { scopeOf } from './context';

function parseScope(ref: string) {
	return ref === 'organisation'
		? { scopeKind: 'organisation' as const, scopeId: null }
		: { scopeKind: 'chapter' as const, scopeId: Number(ref.split(':')[1]) };
}

/** What the policy needs to know about a document's scope and the actor. */
function subjectFor(
	actor: Actor | null,
	d: { scopeKind: string; scopeId: number | null }
): ConventionSubject {
	return {
		phase: 'preparing',
		scope: scopeOf(d),
		inScope: !!actor && (d.scopeKind === 'organisation' || inChapter(actor, d.scopeId)),
		isDelegate: false,
		isChair: false,
		isCaller: false
	};
}

async function loadDocument(db: Queryable, id: number, lock = false) {
	const query = db.select().from(foundingDocuments).where(eq(foundingDocuments.id, id));
	const [doc] = lock ? await query.for('update') : await query;
	if (!doc) throw new NotFound('document_error_not_found');
	return doc;
}

/** Add a founding document to the register: interim, version 1. */
export const addDocument = command({
	limit: LIMITS.proposal,
	input: (raw: unknown) => {
		const input = parseInput(documentInput, raw);
		return { ...input, ...parseScope(input.scope) };
	},
	load: async (tx, _actor, input) => {
		if (input.scopeKind === 'chapter') {
			const [c] = await tx
				.select({ id: chapters.id })
				.from(chapters)
				.where(eq(chapters.id, input.scopeId!));
			if (!c) throw new NotFound('error_invalid_value');
		}
		return input;
	},
	allow: (actor, scope) => can(actor, 'add-document', subjectFor(actor, scope)),
	forbidden: 'document_error_cannot_add',
	run: async (tx, actor, _s, input) => {
		const base = slugify(input.title) || 'document';
		const taken = await tx
			.select({ slug: foundingDocuments.slug })
			.from(foundingDocuments)
			.where(eq(foundingDocuments.slug, base));
		const slug = taken.length ? `${base}-${Date.now().toString(36)}` : base;
		const [row] = await tx
			.insert(foundingDocuments)
			.values({
				slug,
				title: input.title,
				scopeKind: input.scopeKind,
				scopeId: input.scopeId,
				body: input.body,
				grantsMembership: input.grantsMembership && input.scopeKind === 'organisation',
				createdById: actor.id
			})
			.returning({ id: foundingDocuments.id, slug: foundingDocuments.slug });
		await tx.insert(foundingDocumentVersions).values({
			documentId: row.id,
			version: 1,
			body: input.body,
			status: 'interim'
		});
		return { ...row, url: `/conventions/documents/${row.slug}` };
	},
	event: (row, _s, _i, actor) =>
		documentEvent(actor.id, row.id, { type: 'founding-document.added' })
});

/**
 * Open a document to amendment: a decision of its scope holds the text, its amendment window
 * gathers the members' and chapters' amendments. The decision is drafted and submitted by its
 * own commands inside this transaction (savepoints), so all three happen or none.
 */
export const openAmendments = command({
	input: (documentId: number, amendmentDays: number = 14) => ({ documentId, amendmentDays }),
	load: (tx, _actor, { documentId }) => loadDocument(tx, documentId, true),
	allow: (actor, doc) => can(actor, 'open-amendments', subjectFor(actor, doc)),
	forbidden: 'document_error_cannot_amend',
	check: (doc) => {
		if (doc.status !== 'interim') throw new Conflict('document_error_not_interim');
	},
	run: async (tx, actor, doc, { amendmentDays }) => {
		const db = tx as unknown as Db;
		const decisionId = (await createDecision(db, actor, {
			title: doc.title,
			summary: '',
			body: doc.body,
			scope: doc.scopeKind === 'organisation' ? 'organisation' : `chapter:${doc.scopeId}`,
			ballotType: 'motion',
			discussionDays: 1,
			amendmentDays: Math.min(30, amendmentDays),
			votingDays: 1
		})) as number;
		await submitDecision(db, actor, decisionId);
		await tx
			.update(foundingDocuments)
			.set({ status: 'under-amendment', decisionId })
			.where(eq(foundingDocuments.id, doc.id));
		return decisionId;
	},
	event: (decisionId, doc, _i, actor) =>
		documentEvent(actor.id, doc.id, {
			type: 'founding-document.amendments-opened',
			data: { decisionId }
		})
});

/** The register: every founding document with its status and version. */
export async function documentRegister(db: Queryable) {
	return db
		.select({
			id: foundingDocuments.id,
			slug: foundingDocuments.slug,
			title: foundingDocuments.title,
			status: foundingDocuments.status,
			version: foundingDocuments.version,
			scopeKind: foundingDocuments.scopeKind,
			chapter: chapters.name,
			ratifiedAt: foundingDocuments.ratifiedAt
		})
		.from(foundingDocuments)
		.leftJoin(chapters, eq(chapters.id, foundingDocuments.scopeId))
		.orderBy(asc(foundingDocuments.id));
}

/** A document with its history, the decision gathering amendments, and those amendments by section. */
export async function documentPage(db: Queryable, viewer: Actor | null, slug: string) {
	const [doc] = await db.select().from(foundingDocuments).where(eq(foundingDocuments.slug, slug));
	if (!doc) throw new NotFound('document_error_not_found');
	const versions = await db
		.select({
			version: foundingDocumentVersions.version,
			status: foundingDocumentVersions.status,
			note: foundingDocumentVersions.note,
			decisionId: foundingDocumentVersions.decisionId,
			conventionId: foundingDocumentVersions.conventionId,
			motionId: foundingDocumentVersions.motionId,
			createdAt: foundingDocumentVersions.createdAt
		})
		.from(foundingDocumentVersions)
		.where(eq(foundingDocumentVersions.documentId, doc.id))
		.orderBy(desc(foundingDocumentVersions.version));
	const decisionIds = [
		...new Set(
			[doc.decisionId, ...versions.map((v) => v.decisionId)].filter((x): x is number => !!x)
		)
	];
	const changedBy = decisionIds.length
		? await db
				.select({
					id: decisions.id,
					slug: decisions.slug,
					title: decisions.title,
					phase: decisions.phase
				})
				.from(decisions)
				.where(inArray(decisions.id, decisionIds))
		: [];
	const gathered = doc.decisionId ? await amendmentsBySection(db, viewer, doc.decisionId) : [];
	return {
		document: doc,
		versions,
		decisions: changedBy,
		decision: changedBy.find((d) => d.id === doc.decisionId) ?? null,
		sections: gathered,
		subject: subjectFor(viewer, doc)
	};
}

/** The decision's amendments, grouped under each section of the text they change. */
async function amendmentsBySection(db: Queryable, viewer: Actor | null, decisionId: number) {
	const rows = await db
		.select({
			id: amendments.id,
			status: amendments.status,
			reason: amendments.reason,
			body: amendments.body,
			baseVersion: amendments.baseVersion,
			author: publicName(viewer)
		})
		.from(amendments)
		.innerJoin(members, eq(members.id, amendments.authorId))
		.where(eq(amendments.decisionId, decisionId))
		.orderBy(asc(amendments.id));
	const bases = new Map<number, string>();
	type Listed = { id: number; status: string; reason: string; author: string };
	const groups = new Map<string, { heading: string | null; amendments: Listed[] }>();
	for (const r of rows) {
		if (!bases.has(r.baseVersion))
			bases.set(r.baseVersion, await baseText(db, decisionId, r.baseVersion));
		const headings = sectionsChanged(bases.get(r.baseVersion)!, r.body);
		for (const heading of headings.length ? headings : [null]) {
			const key = heading ?? '';
			if (!groups.has(key)) groups.set(key, { heading, amendments: [] });
			groups
				.get(key)!
				.amendments.push({ id: r.id, status: r.status, reason: r.reason, author: r.author });
		}
	}
	return [...groups.values()];
}
