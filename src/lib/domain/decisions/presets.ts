/**
 * Proposal templates: the first step of the proposal form. Each presets a ballot type (and, for a
 * choice, the counting methods it offers) with sensible defaults; the form then shows only the
 * settings that apply to that ballot type. "All settings" shows everything, for those who know
 * what they want. What applies to which ballot type is one rule (`applies`), used by the form to
 * hide and by the server to refuse what does not fit.
 */
import { RANKED_METHODS, type BallotType, type ChoiceMethod } from './types';

export const PRESETS = ['yes-no', 'consent', 'choose', 'rank', 'score', 'sense-check'] as const;
export type Preset = (typeof PRESETS)[number];
/** The template a form is shown with: a preset, or every setting at once. */
export type FormMode = Preset | 'all';

export type PresetSpec = {
	ballotType: BallotType;
	/** The counting methods offered for a choice; the first is the default. */
	methods?: readonly ChoiceMethod[];
	/** Values the form starts from, beside the ballot type. */
	defaults: Record<string, string>;
};

export const PRESET_SPECS: Record<Preset, PresetSpec> = {
	'yes-no': { ballotType: 'motion', defaults: {} },
	consent: { ballotType: 'consent', defaults: {} },
	choose: { ballotType: 'choice', methods: ['approval'], defaults: {} },
	rank: { ballotType: 'choice', methods: RANKED_METHODS, defaults: {} },
	score: { ballotType: 'choice', methods: ['score'], defaults: {} },
	// A quick reading of the room: a day to talk, no amendments, two days to answer.
	'sense-check': {
		ballotType: 'motion',
		defaults: { discussionDays: '1', amendmentDays: '0', votingDays: '2' }
	}
};

/** A template from a link or a form field; anything else is none. */
export function formMode(value: unknown): FormMode | null {
	return value === 'all' || PRESETS.includes(value as Preset) ? (value as FormMode) : null;
}

/** The template an existing draft reads best in, from its ballot type and counting method. */
export function presetFor(ballotType: string, method: string): Preset {
	if (ballotType === 'consent') return 'consent';
	if (ballotType !== 'choice') return 'yes-no';
	if (method === 'approval') return 'choose';
	if (method === 'score') return 'score';
	return 'rank';
}

/** The values a new proposal starts from under a template. */
export function presetValues(mode: FormMode): Record<string, string> {
	if (mode === 'all') return { ballotType: 'motion' };
	const spec = PRESET_SPECS[mode];
	return { ballotType: spec.ballotType, method: spec.methods?.[0] ?? '', ...spec.defaults };
}

/** Which settings mean something for a ballot type. */
export function applies(ballotType: BallotType | string) {
	return {
		/** A share of the votes cast to pass: yes/no and consent. */
		threshold: ballotType === 'motion' || ballotType === 'consent',
		/** Blocks: consent only. */
		blocks: ballotType === 'consent',
		/** Options, their counting method and the compromise run-off: a choice only. */
		options: ballotType === 'choice'
	};
}
