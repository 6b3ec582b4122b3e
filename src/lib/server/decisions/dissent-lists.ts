/** What dissent a closed decision carries: its minority reports and petitions to revisit. */
import { asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import {
	members,
	minorityReports,
	minorityReportSignatures,
	revisitPetitions
} from '$lib/server/db/schema';
import { renderMarkdown } from '$lib/server/writing/markdown';
import { listedFor, named, personFor, splitListed, type Viewer } from './reading';

/**
 * Minority reports in the order filed, each with its co-signers: named when listed in the
 * directory, counted otherwise (the report's author is named, as every author is).
 */
export async function minorityReportList(db: Queryable, viewer: Viewer, decisionId: number) {
	const rows = await db
		.select({
			id: minorityReports.id,
			title: minorityReports.title,
			body: minorityReports.body,
			createdAt: minorityReports.createdAt,
			author: personFor(viewer)
		})
		.from(minorityReports)
		.innerJoin(members, eq(members.id, minorityReports.authorId))
		.where(eq(minorityReports.decisionId, decisionId))
		.orderBy(asc(minorityReports.id));
	if (!rows.length) return [];
	const signers = await db
		.select({
			reportId: minorityReportSignatures.reportId,
			...personFor(viewer),
			listed: listedFor(viewer)
		})
		.from(minorityReportSignatures)
		.innerJoin(members, eq(members.id, minorityReportSignatures.memberId))
		.where(
			inArray(
				minorityReportSignatures.reportId,
				rows.map((r) => r.id)
			)
		)
		.orderBy(asc(minorityReportSignatures.signedAt));
	return rows.map((r) => {
		const mine = signers.filter((s) => s.reportId === r.id);
		return {
			...r,
			html: renderMarkdown(r.body),
			author: named(r.author),
			signers: splitListed(mine, (s) => named(s)),
			signed: !!viewer && mine.some((s) => s.id === viewer.id)
		};
	});
}

export type MinorityReportItem = Awaited<ReturnType<typeof minorityReportList>>[number];

/** Petitions to revisit, newest first, with their signatures and whether the viewer signed. */
export async function petitionList(db: Queryable, viewer: Viewer, decisionId: number) {
	const rows = await db
		.select({
			id: revisitPetitions.id,
			reason: revisitPetitions.reason,
			threshold: revisitPetitions.threshold,
			status: revisitPetitions.status,
			reopenedAsId: revisitPetitions.reopenedAsId,
			createdAt: revisitPetitions.createdAt,
			author: personFor(viewer),
			signatures: sql<number>`(select count(*)::int from revisit_signatures s where s.petition_id = ${revisitPetitions}.id)`,
			signed: viewer
				? sql<boolean>`exists (select 1 from revisit_signatures s where s.petition_id = ${revisitPetitions}.id and s.member_id = ${viewer.id})`
				: sql<boolean>`false`
		})
		.from(revisitPetitions)
		.innerJoin(members, eq(members.id, revisitPetitions.authorId))
		.where(eq(revisitPetitions.decisionId, decisionId))
		.orderBy(desc(revisitPetitions.id));
	return rows.map((p) => ({ ...p, author: named(p.author) }));
}

export type PetitionItem = Awaited<ReturnType<typeof petitionList>>[number];
