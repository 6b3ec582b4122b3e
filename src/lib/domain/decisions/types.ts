/**
 * The data a decision is made of: its phases, ballot types, weighting schemes and rules. Decision
 * types are data; the counting methods they use are code in src/lib/domain/tally.
 */
import type { MethodId } from '$lib/domain/tally';

export const PHASES = ['draft', 'discussion', 'amendments', 'voting', 'closed'] as const;
export type Phase = (typeof PHASES)[number];

export const BALLOT_TYPES = ['motion', 'consent', 'choice'] as const;
export type BallotType = (typeof BALLOT_TYPES)[number];

/** Methods for choosing one of several options; Schulze is the default. */
export const CHOICE_METHODS = [
	'schulze',
	'irv',
	'ranked-pairs',
	'approval',
	'score',
	'borda'
] as const satisfies readonly MethodId[];
export type ChoiceMethod = (typeof CHOICE_METHODS)[number];
export const RANKED_METHODS: readonly ChoiceMethod[] = ['schulze', 'irv', 'ranked-pairs', 'borda'];

export const WEIGHTINGS = ['equal', 'group', 'stake'] as const;
export type Weighting = (typeof WEIGHTINGS)[number];

export const SCOPE_KINDS = ['organisation', 'chapter', 'project', 'committee'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

export const MOTION_CHOICES = ['yes', 'no', 'abstain'] as const;
export const CONSENT_CHOICES = ['agree', 'abstain', 'disagree', 'block'] as const;

export type Fraction = { numerator: number; denominator: number };

/** The rules a decision is counted by, fixed when voting opens. */
export type DecisionSettings = {
	/** Motion and consent: the share of votes cast (abstentions excluded) needed to pass. */
	threshold: Fraction & { inclusive: boolean };
	/** Minimum turnout as a share of the eligible members (people, not weights); null: none. */
	quorum: Fraction | null;
	/**
	 * Minimum number of ballots, whatever the share: a committee's own quorum, fixed when its
	 * decision leaves the draft. Null: none.
	 */
	minBallots: number | null;
	/** Consent: blocks tolerated before the proposal fails. */
	maxBlocks: number;
	/** By-group weighting: members of the affected groups count this many times. */
	groupFactor: number;
	/** Declared stake: the published scale, level 1 (hardly affected) to `stakeLevels`. */
	stakeLevels: number;
	/** Score ballots: the highest score. */
	scoreMax: number;
	/** Days after the close in which the losing side may file minority reports. */
	minorityReportDays: number;
	/** Share of the eligible members (per cent) whose signatures reopen the decision. */
	revisitPercent: number;
	/** Length of each timed phase, in hours. */
	hours: { discussion: number; amendments: number; voting: number };
};

export const DEFAULT_SETTINGS: DecisionSettings = {
	threshold: { numerator: 1, denominator: 2, inclusive: false },
	quorum: null,
	minBallots: null,
	maxBlocks: 0,
	groupFactor: 2,
	stakeLevels: 5,
	scoreMax: 5,
	minorityReportDays: 14,
	revisitPercent: 10,
	hours: { discussion: 7 * 24, amendments: 3 * 24, voting: 7 * 24 }
};

/** Stored settings merged over the defaults, so older rows read with today's shape. */
export function readSettings(stored: unknown): DecisionSettings {
	const s = (stored && typeof stored === 'object' ? stored : {}) as Partial<DecisionSettings>;
	return {
		...DEFAULT_SETTINGS,
		...s,
		threshold: { ...DEFAULT_SETTINGS.threshold, ...(s.threshold ?? {}) },
		hours: { ...DEFAULT_SETTINGS.hours, ...(s.hours ?? {}) }
	};
}

export function methodFor(type: BallotType, choiceMethod: ChoiceMethod = 'schulze'): MethodId {
	return type === 'motion' ? 'threshold' : type === 'consent' ? 'consent' : choiceMethod;
}
