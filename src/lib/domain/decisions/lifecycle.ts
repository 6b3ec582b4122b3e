/**
 * The proposal lifecycle as a state machine: draft → discussion → amendments → voting → closed.
 * Phases are timed; `dueTransition` says which step a decision's deadlines call for now, and the
 * scheduler (src/lib/server/decisions/advance.ts) makes it, once, under a row lock.
 */
import type { DecisionSettings, Phase } from './types';

export type Deadlines = {
	discussionEndsAt: Date | null;
	amendmentsEndAt: Date | null;
	votingEndsAt: Date | null;
};

const NEXT: Record<Phase, Phase | null> = {
	draft: 'discussion',
	discussion: 'amendments',
	amendments: 'voting',
	voting: 'closed',
	closed: null
};

export function nextPhase(phase: Phase): Phase | null {
	return NEXT[phase];
}

/** The deadlines set when a draft is submitted: each phase follows the one before. */
export function scheduleFrom(start: Date, hours: DecisionSettings['hours']): Deadlines {
	const at = (h: number, from: Date) => new Date(from.getTime() + h * 3_600_000);
	const discussionEndsAt = at(hours.discussion, start);
	const amendmentsEndAt = at(hours.amendments, discussionEndsAt);
	return { discussionEndsAt, amendmentsEndAt, votingEndsAt: at(hours.voting, amendmentsEndAt) };
}

/** The deadline that ends `phase`, or null for phases without one. */
export function phaseDeadline(phase: Phase, d: Deadlines): Date | null {
	if (phase === 'discussion') return d.discussionEndsAt;
	if (phase === 'amendments') return d.amendmentsEndAt;
	if (phase === 'voting') return d.votingEndsAt;
	return null;
}

/** The phase a decision should move to now, or null when none is due. */
export function dueTransition(phase: Phase, d: Deadlines, now: Date): Phase | null {
	const deadline = phaseDeadline(phase, d);
	if (!deadline || deadline.getTime() > now.getTime()) return null;
	return nextPhase(phase);
}

/**
 * Ending a phase early (the authors close the amendment window): its deadline becomes now and the
 * phases after it keep their lengths, starting now.
 */
export function endPhaseNow(phase: Phase, d: Deadlines, now: Date): Deadlines {
	const end = phaseDeadline(phase, d);
	if (!end || end.getTime() <= now.getTime()) return d;
	const shift = now.getTime() - end.getTime();
	const order: (keyof Deadlines)[] = ['discussionEndsAt', 'amendmentsEndAt', 'votingEndsAt'];
	const from = order.indexOf(
		phase === 'discussion'
			? 'discussionEndsAt'
			: phase === 'amendments'
				? 'amendmentsEndAt'
				: 'votingEndsAt'
	);
	const out = { ...d };
	for (const key of order.slice(from)) {
		const x = d[key];
		out[key] = x ? new Date(x.getTime() + shift) : x;
	}
	return out;
}

export function acceptsAmendments(phase: Phase, windowOpen: boolean): boolean {
	return windowOpen && (phase === 'discussion' || phase === 'amendments');
}

export function acceptsBallots(phase: Phase, votingEndsAt: Date | null, now: Date): boolean {
	return phase === 'voting' && !!votingEndsAt && votingEndsAt.getTime() > now.getTime();
}

/** When the window for minority reports ends: `days` after the close (null while open). */
export function minorityReportDeadline(closedAt: Date | null, days: number): Date | null {
	return closedAt ? new Date(closedAt.getTime() + days * 86_400_000) : null;
}
