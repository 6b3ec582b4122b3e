import { m } from '$lib/paraglide/messages.js';

const label = (table: Record<string, () => string>) => (key: string) => table[key]?.() ?? key;

export const documentStatusLabel = label({
	interim: m.document_status_interim,
	'under-amendment': m.document_status_under_amendment,
	ratified: m.document_status_ratified
});

export const phaseLabel = label({
	preparing: m.convention_phase_preparing,
	'in-session': m.convention_phase_in_session,
	closed: m.convention_phase_closed
});

export const itemKindLabel = label({
	proposal: m.convention_item_proposal,
	election: m.convention_item_election,
	ratification: m.convention_item_ratification,
	amendments: m.convention_item_amendments,
	other: m.convention_item_other
});

export const itemStatusLabel = label({
	pending: m.convention_item_pending,
	open: m.convention_item_open,
	done: m.convention_item_done
});

export const motionKindLabel = label({
	agenda: m.convention_motion_agenda,
	amendment: m.convention_motion_amendment,
	ratification: m.convention_motion_ratification,
	procedural: m.convention_motion_procedural,
	correction: m.convention_motion_correction
});

export const motionStatusLabel = label({
	open: m.convention_motion_open,
	carried: m.convention_motion_carried,
	failed: m.convention_motion_failed
});

export const choiceLabel = label({
	yes: m.convention_vote_yes,
	no: m.convention_vote_no,
	abstain: m.convention_vote_abstain
});
