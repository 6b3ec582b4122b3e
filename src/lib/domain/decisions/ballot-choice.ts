/**
 * Reading a ballot from a form or the API, and turning it into the counting core's ballots.
 * A ranked ballot is a number per option (1 = first choice; blank = not ranked), which works
 * without JavaScript and with any assistive technology; repeated numbers are refused.
 */
import type {
	ApprovalBallot,
	ConsentBallot,
	ConsentChoice,
	MotionBallot,
	MotionChoice,
	RankedBallot,
	ScoreBallot
} from '$lib/domain/tally';
import {
	CONSENT_CHOICES,
	MOTION_CHOICES,
	RANKED_METHODS,
	type BallotType,
	type ChoiceMethod
} from './types';

export type StoredChoice =
	| { vote: MotionChoice }
	| { vote: ConsentChoice }
	| { ranking: string[][] }
	| { approve: string[] }
	| { scores: Record<string, number> };

export type BallotShape = {
	ballotType: BallotType;
	method: string;
	/** Option ids, as strings, in ballot order. */
	options: string[];
	scoreMax: number;
};

export type ChoiceReading =
	{ ok: true; choice: StoredChoice; reason: string } | { ok: false; field: string; key: string };

const REASON_MAX = 2000;

function text(v: unknown): string {
	return typeof v === 'string' ? v.trim() : '';
}

function wholeIn(v: unknown, min: number, max: number): number | null | 'bad' {
	const s = typeof v === 'number' ? String(v) : text(v);
	if (s === '') return null;
	if (!/^\d{1,3}$/.test(s)) return 'bad';
	const n = Number(s);
	return n < min || n > max ? 'bad' : n;
}

/** Read the voter's choice from raw form or JSON values. */
export function readChoice(shape: BallotShape, raw: Record<string, unknown>): ChoiceReading {
	const reason = text(raw.reason);
	if (reason.length > REASON_MAX)
		return { ok: false, field: 'reason', key: 'ballot_error_reason_long' };
	if (shape.ballotType === 'motion' || shape.ballotType === 'consent') {
		const allowed: readonly string[] =
			shape.ballotType === 'motion' ? MOTION_CHOICES : CONSENT_CHOICES;
		const vote = text(raw.vote);
		if (!allowed.includes(vote)) return { ok: false, field: 'vote', key: 'ballot_error_choose' };
		if (vote === 'block' && !reason)
			return { ok: false, field: 'reason', key: 'ballot_error_block_reason' };
		return { ok: true, choice: { vote } as StoredChoice, reason };
	}
	const known = new Set(shape.options);
	const method = shape.method as ChoiceMethod;
	if (method === 'approval') {
		const list = Array.isArray(raw.approve)
			? raw.approve
			: raw.approve === undefined
				? []
				: [raw.approve];
		const approve = [...new Set(list.map((x) => text(x)))];
		if (approve.some((id) => !known.has(id)))
			return { ok: false, field: 'approve', key: 'ballot_error_unknown_option' };
		if (!approve.length && !emptyConfirmed(raw)) return ASK_EMPTY;
		return {
			ok: true,
			choice: { approve: shape.options.filter((o) => approve.includes(o)) },
			reason
		};
	}
	if (method === 'score') {
		const scores: Record<string, number> = {};
		for (const id of shape.options) {
			const n = wholeIn(raw[`score_${id}`], 0, shape.scoreMax);
			if (n === 'bad') return { ok: false, field: `score_${id}`, key: 'ballot_error_score_range' };
			if (n !== null) scores[id] = n;
		}
		if (unknownKeys(raw, 'score_', known))
			return { ok: false, field: 'options', key: 'ballot_error_unknown_option' };
		if (!Object.keys(scores).length && !emptyConfirmed(raw)) return ASK_EMPTY;
		return { ok: true, choice: { scores }, reason };
	}
	if (RANKED_METHODS.includes(method)) {
		if (unknownKeys(raw, 'rank_', known))
			return { ok: false, field: 'options', key: 'ballot_error_unknown_option' };
		const ranks: [string, number][] = [];
		for (const id of shape.options) {
			const n = wholeIn(raw[`rank_${id}`], 1, shape.options.length);
			if (n === 'bad') return { ok: false, field: `rank_${id}`, key: 'ballot_error_rank_range' };
			if (n !== null) ranks.push([id, n]);
		}
		if (new Set(ranks.map(([, n]) => n)).size !== ranks.length)
			return { ok: false, field: 'options', key: 'ballot_error_rank_repeat' };
		if (!ranks.length) return { ok: false, field: 'options', key: 'ballot_error_rank_none' };
		ranks.sort((x, y) => x[1] - y[1]);
		return { ok: true, choice: { ranking: ranks.map(([id]) => [id]) }, reason };
	}
	return { ok: false, field: 'method', key: 'ballot_error_choose' };
}

/**
 * A ballot that chooses nothing (no option approved, none scored) is an abstention. It is easy to
 * send by mistake, so it is cast only when the voter confirmed it (`confirmEmpty`: "1" from the
 * form, true from the API); otherwise the voter is asked.
 */
function emptyConfirmed(raw: Record<string, unknown>): boolean {
	return raw.confirmEmpty === true || raw.confirmEmpty === '1' || raw.confirmEmpty === 'true';
}
const ASK_EMPTY = { ok: false, field: 'confirmEmpty', key: 'ballot_confirm_empty' } as const;

function unknownKeys(raw: Record<string, unknown>, prefix: string, known: Set<string>) {
	return Object.keys(raw).some((k) => k.startsWith(prefix) && !known.has(k.slice(prefix.length)));
}

/** The counting core's ballot for a stored choice, carrying `count` (1 raw, or the weight). */
export function countBallot(
	choice: StoredChoice,
	count: number,
	name: (optionId: string) => string
): MotionBallot | ConsentBallot | RankedBallot | ApprovalBallot | ScoreBallot {
	if ('vote' in choice) return { count, choice: choice.vote } as MotionBallot | ConsentBallot;
	if ('ranking' in choice) return { count, ranking: choice.ranking.map((g) => g.map(name)) };
	if ('approve' in choice) return { count, approve: choice.approve.map(name) };
	return {
		count,
		scores: Object.fromEntries(Object.entries(choice.scores).map(([id, n]) => [name(id), n]))
	};
}

/**
 * Did this ballot go against the outcome? (Who may file a minority report.) Motion: voted no when
 * it passed, yes when it failed. Consent: disagreed or blocked when it passed, agreed when it
 * failed. Choice: did not put the winner first (approval: did not approve it; score: gave it less
 * than their highest score).
 */
export function onLosingSide(
	choice: StoredChoice,
	outcome: string,
	winner: string | null
): boolean {
	if ('vote' in choice) {
		const v = choice.vote;
		if (outcome === 'passes') return v === 'no' || v === 'disagree' || v === 'block';
		if (outcome === 'fails' || outcome === 'blocked') return v === 'yes' || v === 'agree';
		return false;
	}
	if (!winner) return false;
	if ('ranking' in choice) return !(choice.ranking[0] ?? []).includes(winner);
	if ('approve' in choice) return !choice.approve.includes(winner);
	const scores = Object.values(choice.scores);
	return (choice.scores[winner] ?? 0) < Math.max(0, ...scores);
}
