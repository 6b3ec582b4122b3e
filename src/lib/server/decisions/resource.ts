/**
 * Decisions as the JSON API gives them: plain data a client can use, defined here apart from the
 * pages' shapes (no flags about which buttons to show). Authorised exactly as the pages are: a
 * draft is not found by anyone but its authors, and results hidden until the close are absent.
 */
import type { Queryable } from '$lib/server/db/client';
import { Conflict } from '$lib/server/errors';
import type { Locale } from '$lib/server/i18n';
import { decisionResultRows } from '$lib/server/formats/result-rows';
import type { CountReport } from '$lib/domain/tally';
import type { DecisionSettings } from '$lib/domain/decisions/types';
import {
	amendmentVotesShown,
	publishesBlt,
	resultsHiddenUntilClose
} from '$lib/domain/decisions/presentation';
import { amendmentList } from './amendment-list';
import { loadDecision } from './context';
import { decisionAuthorList, decisionOptionList, scopeAndGroups } from './header';
import type { Viewer } from './reading';
import { decisionRegister } from './register';
import { resultFigures, storedResult, turnout, type Turnout } from './results';
import type { ScopeLabel } from './scope-names';

export type ScopeResource = { ref: string; kind: string; name: string; url: string | null };

export type DecisionDates = {
	createdAt?: Date;
	discussionEndsAt: Date | null;
	amendmentsEndAt: Date | null;
	votingEndsAt: Date | null;
	closedAt: Date | null;
};

/** One decision in a list. */
export type DecisionSummaryResource = {
	id: number;
	url: string;
	title: string;
	summary: string;
	scope: ScopeResource | null;
	phase: string;
	stage: string | null;
	outcome: string | null;
	ballotType: string;
	method: string;
	secret: boolean;
	dates: DecisionDates;
	minorityReports: number;
	revisitOf: number | null;
};

export type DecisionListResource = {
	decisions: DecisionSummaryResource[];
	/** Pass as `before` for the next page; null on the last. */
	next: number | null;
};

/** One decision, with its result once the viewer may see it. */
export type DecisionResource = {
	id: number;
	url: string;
	title: string;
	summary: string;
	/** The text (Markdown) of the current version. */
	body: string;
	version: number;
	language: string;
	scope: ScopeResource | null;
	affectedGroups: ScopeResource[];
	authors: { handle: string; name: string; url: string }[];
	phase: string;
	stage: string | null;
	outcome: string | null;
	outcomeStatement: string | null;
	ballotType: string;
	method: string;
	weighting: string;
	secret: boolean;
	/** Cast with blind-signed credentials: not even the server links a ballot to its voter. */
	unlinkable: boolean;
	resultsHiddenUntilClose: boolean;
	rules: Pick<
		DecisionSettings,
		| 'threshold'
		| 'quorum'
		| 'maxBlocks'
		| 'groupFactor'
		| 'stakeLevels'
		| 'scoreMax'
		| 'minorityReportDays'
		| 'revisitPercent'
	>;
	dates: DecisionDates;
	options: { id: string; label: string }[];
	/** Ballots cast and members eligible, from the opening of the vote. */
	turnout: Turnout | null;
	/** Absent (null) until the viewer may see it: live while voting unless hidden, then stored. */
	result: {
		live: boolean;
		outcome: string | null;
		winner: { id: string; label: string } | null;
		turnout: number;
		quorumRequired: number | null;
		raw: CountReport;
		weighted: CountReport;
	} | null;
	/** The published ballots, for a recount, once closed. */
	files: { json: string; blt: string | null } | null;
	revisitOf: number | null;
	follows: number | null;
};

const absolute = (origin: string, path: string | null) => (path ? `${origin}${path}` : null);
const scopeResource = (origin: string, s: ScopeLabel): ScopeResource => ({
	ref: s.ref,
	kind: s.kind,
	name: s.name,
	url: absolute(origin, s.url)
});

/** The register as the API gives it (the page's filters: `q`, `phase`, `scope`, `outcome`, `before`). */
export async function decisionListResource(
	db: Queryable,
	viewer: Viewer,
	locale: Locale,
	origin: string,
	raw: unknown
): Promise<DecisionListResource> {
	const register = await decisionRegister(db, viewer, locale, raw);
	return {
		decisions: register.decisions.map((d) => ({
			id: d.id,
			url: `${origin}/decisions/${d.id}-${d.slug}`,
			title: d.title,
			summary: d.summary,
			scope: d.scope && scopeResource(origin, d.scope),
			phase: d.phase,
			stage: d.stage,
			outcome: d.outcome,
			ballotType: d.ballotType,
			method: d.method,
			secret: d.secret,
			dates: {
				discussionEndsAt: d.discussionEndsAt,
				amendmentsEndAt: d.amendmentsEndAt,
				votingEndsAt: d.votingEndsAt,
				closedAt: d.closedAt
			},
			minorityReports: d.reports,
			revisitOf: d.revisitOfId
		})),
		next: register.next
	};
}

/** One decision as the API gives it. */
export async function decisionResource(
	db: Queryable,
	viewer: Viewer,
	locale: Locale,
	origin: string,
	id: number
): Promise<DecisionResource> {
	const ctx = await loadDecision(db, viewer, id);
	const d = ctx.decision;
	const s = ctx.settings;
	const balloting = d.phase === 'voting' || d.phase === 'closed';
	const [authors, where, options, figures, result] = await Promise.all([
		decisionAuthorList(db, viewer, id),
		scopeAndGroups(db, viewer, locale, ctx),
		decisionOptionList(db, id),
		balloting ? turnout(db, d, s) : null,
		resultFigures(db, d)
	]);
	const url = `${origin}/decisions/${d.id}-${d.slug}`;
	const label = (optionId: string | null) => {
		const o = optionId ? options.find((x) => x.id === optionId) : undefined;
		return o ? { id: o.id, label: o.label } : null;
	};
	return {
		id: d.id,
		url,
		title: d.title,
		summary: d.summary,
		body: d.body,
		version: d.version,
		language: d.language,
		scope: where.scope && scopeResource(origin, where.scope),
		affectedGroups: where.groups.map((g) => scopeResource(origin, g)),
		authors: authors.map((a) => ({
			handle: a.handle,
			name: a.name,
			url: `${origin}/@${a.handle}`
		})),
		phase: d.phase,
		stage: d.stage,
		outcome: d.outcome,
		outcomeStatement: d.outcomeStatement,
		ballotType: d.ballotType,
		method: d.method,
		weighting: d.weighting,
		secret: d.secret,
		unlinkable: d.unlinkable,
		resultsHiddenUntilClose: resultsHiddenUntilClose(d),
		rules: {
			threshold: s.threshold,
			quorum: s.quorum,
			maxBlocks: s.maxBlocks,
			groupFactor: s.groupFactor,
			stakeLevels: s.stakeLevels,
			scoreMax: s.scoreMax,
			minorityReportDays: s.minorityReportDays,
			revisitPercent: s.revisitPercent
		},
		dates: {
			createdAt: d.createdAt,
			discussionEndsAt: d.discussionEndsAt,
			amendmentsEndAt: d.amendmentsEndAt,
			votingEndsAt: d.votingEndsAt,
			closedAt: d.closedAt
		},
		options: options.map((o) => ({ id: o.id, label: o.label })),
		turnout: figures,
		result: result && {
			live: result.live,
			outcome: result.outcome,
			winner: label(result.winner),
			turnout: result.turnout,
			quorumRequired: result.quorumRequired,
			raw: result.raw,
			weighted: result.weighted
		},
		files:
			d.phase === 'closed'
				? {
						json: `${url}/ballots.json`,
						blt: publishesBlt(d) ? `${url}/ballots.blt` : null
					}
				: null,
		revisitOf: d.revisitOfId,
		follows: d.followsId
	};
}

/**
 * A decision's amendments, as its amendments page lists them (authorised as the decision is): each
 * with its whole text, its author as the caller may see them, and its votes once it went to one.
 */
export async function amendmentsResource(
	db: Queryable,
	viewer: Viewer,
	origin: string,
	id: number
) {
	const { decision: d } = await loadDecision(db, viewer, id);
	const { amendments } = await amendmentList(db, viewer, id);
	return {
		decision: {
			id: d.id,
			url: `${origin}/decisions/${d.id}-${d.slug}/amendments`,
			phase: d.phase,
			version: d.version,
			amendmentsOpen: d.amendmentsOpen
		},
		// Without what the page draws (the diff) or asks of the viewer (is it theirs).
		amendments: amendments.map(({ author, stats, votes, diff: _diff, isMine: _mine, ...a }) => ({
			...a,
			author: {
				handle: author.handle,
				name: author.name,
				url: author.profile ? `${origin}/@${author.handle}` : null
			},
			changes: stats,
			votes: amendmentVotesShown(a.status) ? votes : null
		}))
	};
}

/**
 * A closed decision's result as its page and its results.csv give it: the count (raw and
 * weighted), the turnout at the close, and the spreadsheet's rows. Before the close there is no
 * result: 409, as the CSV and the published ballots answer.
 */
export async function decisionResultsResource(
	db: Queryable,
	viewer: Viewer,
	origin: string,
	id: number
) {
	const { decision: d, settings } = await loadDecision(db, viewer, id);
	const result = d.phase === 'closed' ? storedResult(d) : null;
	if (!result || !d.closedAt) throw new Conflict('formats_error_not_closed');
	const url = `${origin}/decisions/${d.id}-${d.slug}`;
	const options = result.options.map((o) => ({ id: o.id, label: o.label }));
	return {
		id: d.id,
		url,
		title: d.title,
		outcome: d.outcome,
		outcomeStatement: d.outcomeStatement,
		closedAt: d.closedAt,
		method: d.method,
		weighting: d.weighting,
		options,
		winner: options.find((o) => o.id === result.winner) ?? null,
		turnout: await turnout(db, d, settings),
		raw: result.raw,
		weighted: result.weighted,
		figures: decisionResultRows(result, d.weighting).map(
			([count, round, option, measure, against, value, exact, place]) => ({
				count,
				round,
				option,
				measure,
				against,
				value,
				exact,
				place
			})
		),
		files: {
			json: `${url}/ballots.json`,
			blt: publishesBlt(d) ? `${url}/ballots.blt` : null,
			csv: `${url}/results.csv`
		}
	};
}
