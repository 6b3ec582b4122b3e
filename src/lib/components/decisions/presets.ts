import { m } from '$lib/paraglide/messages.js';
import type { FormMode } from '$lib/domain/decisions/presets';

/** Translated names and descriptions of the proposal templates. */
const LABELS: Record<FormMode, [() => string, () => string]> = {
	'yes-no': [m.decision_preset_yes_no, m.decision_preset_yes_no_hint],
	consent: [m.decision_preset_consent, m.decision_preset_consent_hint],
	choose: [m.decision_preset_choose, m.decision_preset_choose_hint],
	rank: [m.decision_preset_rank, m.decision_preset_rank_hint],
	score: [m.decision_preset_score, m.decision_preset_score_hint],
	'sense-check': [m.decision_preset_sense_check, m.decision_preset_sense_check_hint],
	all: [m.decision_preset_all, m.decision_preset_all_hint]
};

export const presetLabel = (mode: FormMode) => LABELS[mode][0]();
export const presetHint = (mode: FormMode) => LABELS[mode][1]();

/** The 1–5 scale of how much the named groups are affected, word by word. */
export const GROUP_STAKE_WORDS: Record<number, () => string> = {
	1: m.decision_group_stake_1,
	2: m.decision_group_stake_2,
	3: m.decision_group_stake_3,
	4: m.decision_group_stake_4,
	5: m.decision_group_stake_5
};
