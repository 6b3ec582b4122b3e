import { describe, expect, it } from 'vitest';
import { onLosingSide, readChoice, type BallotShape } from './ballot-choice';
import { dueTransition, endPhaseNow, scheduleFrom } from './lifecycle';
import { smallestScope } from './scope';
import { countNames, tallyDecision } from './tally';
import { applyAmendment, diffStats, diffTokens, wordDiff } from './text-diff';
import { DEFAULT_SETTINGS, readSettings } from './types';
import { ballotWeight, weightingFor, weightingKeepsSecret } from './weights';
import { resultsHiddenUntilClose, resultsVisible } from './presentation';

describe('lifecycle', () => {
	const start = new Date('2026-01-01T00:00:00Z');
	const d = scheduleFrom(start, { discussion: 24, amendments: 0, voting: 48 });
	it('schedules each phase after the one before', () => {
		expect(d.discussionEndsAt?.toISOString()).toBe('2026-01-02T00:00:00.000Z');
		expect(d.amendmentsEndAt?.toISOString()).toBe('2026-01-02T00:00:00.000Z');
		expect(d.votingEndsAt?.toISOString()).toBe('2026-01-04T00:00:00.000Z');
	});
	it('says which transition is due', () => {
		expect(dueTransition('discussion', d, new Date('2026-01-01T12:00:00Z'))).toBeNull();
		expect(dueTransition('discussion', d, new Date('2026-01-02T00:00:00Z'))).toBe('amendments');
		expect(dueTransition('voting', d, new Date('2026-01-05T00:00:00Z'))).toBe('closed');
		expect(dueTransition('draft', d, new Date('2030-01-01T00:00:00Z'))).toBeNull();
		expect(dueTransition('closed', d, new Date('2030-01-01T00:00:00Z'))).toBeNull();
	});
	it('ending a phase early moves the later deadlines by the same amount', () => {
		const now = new Date('2026-01-01T06:00:00Z');
		const e = endPhaseNow('discussion', d, now);
		expect(e.discussionEndsAt?.toISOString()).toBe('2026-01-01T06:00:00.000Z');
		expect(e.votingEndsAt?.toISOString()).toBe('2026-01-03T06:00:00.000Z');
	});
});

describe('weights', () => {
	const s = { groupFactor: 3, stakeLevels: 5 };
	it('gives equal, group and stake weights as integers', () => {
		expect(ballotWeight('equal', s, { inAffectedGroup: true, stake: 5 })).toBe(1);
		expect(ballotWeight('group', s, { inAffectedGroup: true, stake: null })).toBe(3);
		expect(ballotWeight('group', s, { inAffectedGroup: false, stake: null })).toBe(1);
		expect(ballotWeight('stake', s, { inAffectedGroup: false, stake: 4 })).toBe(4);
		expect(ballotWeight('stake', s, { inAffectedGroup: false, stake: null })).toBe(1);
	});
	it('lets a secret ballot use only a weight that says nothing about its voter', () => {
		expect(['equal', 'group', 'stake'].filter((x) => weightingKeepsSecret(x as 'equal'))).toEqual([
			'equal'
		]);
		expect(weightingFor(true, 'stake')).toBe('equal');
		expect(weightingFor(true, 'group')).toBe('equal');
		expect(weightingFor(false, 'stake')).toBe('stake');
	});
});

describe('results of a secret ballot', () => {
	it('are never seen before the close, whatever the decision asks', () => {
		const secret = { secret: true, hideResultsUntilClose: false };
		expect(resultsHiddenUntilClose(secret)).toBe(true);
		expect(resultsVisible({ ...secret, phase: 'voting' })).toBe(false);
		expect(resultsVisible({ ...secret, phase: 'closed' })).toBe(true);
		expect(resultsVisible({ secret: false, hideResultsUntilClose: false, phase: 'voting' })).toBe(
			true
		);
	});
});

describe('smallest scope', () => {
	it('finds the lowest common chapter', () => {
		expect(smallestScope([])).toEqual({ kind: 'organisation' });
		expect(
			smallestScope([
				{ kind: 'chapter', id: 5, ancestors: [1, 2, 5] },
				{ kind: 'chapter', id: 6, ancestors: [1, 2, 6] }
			])
		).toEqual({ kind: 'chapter', id: 2 });
		expect(
			smallestScope([
				{ kind: 'chapter', id: 5, ancestors: [1, 2, 5] },
				{ kind: 'chapter', id: 7, ancestors: [1, 3, 7] }
			])
		).toEqual({ kind: 'organisation' });
		expect(smallestScope([{ kind: 'chapter', id: 5, ancestors: [1, 2, 5] }])).toEqual({
			kind: 'chapter',
			id: 5
		});
	});
	it('keeps a single project, and places a project with chapters by its chapter', () => {
		expect(smallestScope([{ kind: 'project', id: 9, chapterId: 5, ancestors: [1, 2, 5] }])).toEqual(
			{
				kind: 'project',
				id: 9
			}
		);
		expect(
			smallestScope([
				{ kind: 'project', id: 9, chapterId: 5, ancestors: [1, 2, 5] },
				{ kind: 'chapter', id: 2, ancestors: [1, 2] }
			])
		).toEqual({ kind: 'chapter', id: 2 });
		expect(
			smallestScope([
				{ kind: 'project', id: 9, chapterId: null, ancestors: [] },
				{ kind: 'chapter', id: 2, ancestors: [1, 2] }
			])
		).toEqual({ kind: 'organisation' });
	});
});

describe('text diff', () => {
	it('finds a shortest edit script', () => {
		const a = 'ABCABBA'.split('');
		const b = 'CBABAC'.split('');
		const edits = diffTokens(a, b).filter((h) => h.op !== 'equal');
		const size = edits.reduce((n, h) => n + (h.a1 - h.a0) + (h.b1 - h.b0), 0);
		expect(size).toBe(5); // the classic example: D = 5
	});
	it('shows changed words in place', () => {
		const segs = wordDiff('We meet every month.', 'We meet every week.');
		expect(segs.map((s) => [s.op, s.text])).toEqual([
			['equal', 'We meet every '],
			['delete', 'month.'],
			['insert', 'week.']
		]);
		expect(diffStats(segs)).toEqual({ added: 1, removed: 1 });
		expect(wordDiff('', 'New text')).toEqual([{ op: 'insert', text: 'New text' }]);
	});
	it('applies an amendment to a text changed elsewhere since', () => {
		const base = 'one\ntwo\nthree\nfour';
		const amended = 'one\nTWO\nthree\nfour';
		const current = 'one\ntwo\nthree\nfour\nfive';
		expect(applyAmendment(base, amended, current)).toBe('one\nTWO\nthree\nfour\nfive');
		expect(applyAmendment(base, amended, base)).toBe(amended);
	});
	it('refuses an amendment whose lines were changed since', () => {
		expect(applyAmendment('a\nb\nc', 'a\nB\nc', 'a\nb2\nc')).toBeNull();
		expect(applyAmendment('a\nb\nc', 'a\nb\nX\nc', 'a\nb\nY\nc')).toBeNull();
	});
});

describe('reading ballots', () => {
	const ranked: BallotShape = {
		ballotType: 'choice',
		method: 'schulze',
		options: ['1', '2', '3'],
		scoreMax: 5
	};
	it('reads a ranking and refuses repeats, unknown options and out-of-range numbers', () => {
		expect(readChoice(ranked, { rank_1: '2', rank_2: '1', rank_3: '' })).toEqual({
			ok: true,
			choice: { ranking: [['2'], ['1']] },
			reason: ''
		});
		expect(readChoice(ranked, { rank_1: '1', rank_2: '1' })).toMatchObject({
			key: 'ballot_error_rank_repeat'
		});
		expect(readChoice(ranked, { rank_9: '1' })).toMatchObject({
			key: 'ballot_error_unknown_option'
		});
		expect(readChoice(ranked, { rank_1: '4' })).toMatchObject({ key: 'ballot_error_rank_range' });
		expect(readChoice(ranked, { rank_1: '-1' })).toMatchObject({ key: 'ballot_error_rank_range' });
		expect(readChoice(ranked, {})).toMatchObject({ key: 'ballot_error_rank_none' });
	});
	it('needs a reason for a block', () => {
		const consent: BallotShape = {
			ballotType: 'consent',
			method: 'consent',
			options: [],
			scoreMax: 5
		};
		expect(readChoice(consent, { vote: 'block' })).toMatchObject({
			key: 'ballot_error_block_reason'
		});
		expect(readChoice(consent, { vote: 'block', reason: 'Breaks our principles' })).toMatchObject({
			ok: true
		});
		expect(readChoice(consent, { vote: 'yes' })).toMatchObject({ key: 'ballot_error_choose' });
	});
	it('reads approvals and scores', () => {
		const approval = { ...ranked, method: 'approval' };
		expect(readChoice(approval, { approve: ['3', '1'] })).toMatchObject({
			choice: { approve: ['1', '3'] }
		});
		expect(readChoice(approval, { approve: ['7'] })).toMatchObject({
			key: 'ballot_error_unknown_option'
		});
		const score = { ...ranked, method: 'score' };
		expect(readChoice(score, { score_1: '5', score_2: '0' })).toMatchObject({
			choice: { scores: { '1': 5, '2': 0 } }
		});
		expect(readChoice(score, { score_1: '6' })).toMatchObject({ key: 'ballot_error_score_range' });
	});
	it('asks before an empty ballot is cast, and casts it once confirmed', () => {
		const approval = { ...ranked, method: 'approval' };
		const score = { ...ranked, method: 'score' };
		const ask = { ok: false, field: 'confirmEmpty', key: 'ballot_confirm_empty' };
		expect(readChoice(approval, {})).toEqual(ask);
		expect(readChoice(approval, { approve: [] })).toEqual(ask);
		expect(readChoice(score, { score_1: '', score_2: '' })).toEqual(ask);
		expect(readChoice(approval, { confirmEmpty: '1' })).toMatchObject({ choice: { approve: [] } });
		expect(readChoice(score, { confirmEmpty: true })).toMatchObject({ choice: { scores: {} } });
		// A choice made needs no confirmation, and a score of 0 is a choice.
		expect(readChoice(score, { score_1: '0' })).toMatchObject({ ok: true });
		// A ranking with nothing ranked stays refused: there is no empty ranking to confirm.
		expect(readChoice(ranked, { confirmEmpty: '1' })).toMatchObject({
			key: 'ballot_error_rank_none'
		});
	});
	it('knows the losing side', () => {
		expect(onLosingSide({ vote: 'no' }, 'passes', null)).toBe(true);
		expect(onLosingSide({ vote: 'yes' }, 'passes', null)).toBe(false);
		expect(onLosingSide({ vote: 'agree' }, 'blocked', null)).toBe(true);
		expect(onLosingSide({ ranking: [['2'], ['1']] }, 'chosen', '1')).toBe(true);
		expect(onLosingSide({ approve: ['1'] }, 'chosen', '1')).toBe(false);
		expect(onLosingSide({ scores: { '1': 3, '2': 5 } }, 'chosen', '1')).toBe(true);
		expect(onLosingSide({ vote: 'no' }, 'no-quorum', null)).toBe(false);
	});
});

describe('counting a decision', () => {
	const settings = readSettings({ quorum: { numerator: 1, denominator: 4 } });
	it('counts raw and weighted, and weights can change the outcome', () => {
		const t = tallyDecision({
			decisionId: 1,
			ballotType: 'motion',
			method: 'threshold',
			settings,
			options: [],
			eligible: 8,
			ballots: [
				{ choice: { vote: 'yes' }, weight: 1 },
				{ choice: { vote: 'yes' }, weight: 1 },
				{ choice: { vote: 'no' }, weight: 3 }
			]
		});
		expect((t.raw as { tally: unknown }).tally).toEqual({ yes: 2, no: 1, abstain: 0 });
		expect((t.weighted as { tally: unknown }).tally).toEqual({ yes: 2, no: 3, abstain: 0 });
		expect(t.outcome).toBe('fails');
		expect(t.quorumRequired).toBe(2);
	});
	it('has no quorum with too few voters, whatever their weight', () => {
		const t = tallyDecision({
			decisionId: 1,
			ballotType: 'motion',
			method: 'threshold',
			settings,
			options: [],
			eligible: 100,
			ballots: [{ choice: { vote: 'yes' }, weight: 50 }]
		});
		expect(t.outcome).toBe('no-quorum');
	});
	it('a block blocks consent', () => {
		const t = tallyDecision({
			decisionId: 2,
			ballotType: 'consent',
			method: 'consent',
			settings: DEFAULT_SETTINGS,
			options: [],
			eligible: 3,
			ballots: [
				{ choice: { vote: 'agree' }, weight: 1 },
				{ choice: { vote: 'agree' }, weight: 1 },
				{ choice: { vote: 'block' }, weight: 1 }
			]
		});
		expect(t.outcome).toBe('blocked');
	});
	it('chooses by Schulze with the option names', () => {
		const options = countNames(['Keep', 'Change', 'Keep']).map((name, i) => ({
			id: String(i + 1),
			name
		}));
		expect(options.map((o) => o.name)).toEqual(['Keep', 'Change', 'Keep (2)']);
		const t = tallyDecision({
			decisionId: 3,
			ballotType: 'choice',
			method: 'schulze',
			settings: DEFAULT_SETTINGS,
			options,
			eligible: 10,
			ballots: [
				{ choice: { ranking: [['2'], ['1']] }, weight: 1 },
				{ choice: { ranking: [['2'], ['3']] }, weight: 1 },
				{ choice: { ranking: [['1'], ['2']] }, weight: 1 }
			]
		});
		expect(t.outcome).toBe('chosen');
		expect(t.winner).toBe('2');
		expect(t.weighted.winners).toEqual(['Change']);
	});
});
