/**
 * The founding convention's vocabulary: the values its tables hold and its rules speak of. Pure
 * data, imported by the schema (drizzle-kit reads it by relative path) and by the rules.
 */
export const DOCUMENT_STATUSES = ['interim', 'under-amendment', 'ratified'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export const CONVENTION_PHASES = ['preparing', 'in-session', 'closed'] as const;
export type ConventionPhase = (typeof CONVENTION_PHASES)[number];

/** How the convention was called: the readiness preconditions met, a decision, a chapter's own. */
export const CALLED_ON = ['readiness', 'decision', 'chapter'] as const;
export type CalledOn = (typeof CALLED_ON)[number];

/** Every member a delegate, or delegates per chapter in proportion to its members, elected. */
export const DELEGATIONS = ['all', 'proportional'] as const;
export type Delegation = (typeof DELEGATIONS)[number];

export const ITEM_KINDS = ['proposal', 'election', 'ratification', 'amendments', 'other'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const ITEM_STATUSES = ['pending', 'open', 'done'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** A speech, or a point of order (which jumps the queue). */
export const SPEAKER_KINDS = ['speech', 'order'] as const;
export type SpeakerKind = (typeof SPEAKER_KINDS)[number];

export const SPEAKER_STATUSES = ['waiting', 'speaking', 'done', 'withdrawn'] as const;
export type SpeakerStatus = (typeof SPEAKER_STATUSES)[number];

export const MOTION_KINDS = [
	'agenda',
	'amendment',
	'ratification',
	'procedural',
	'correction'
] as const;
export type MotionKind = (typeof MOTION_KINDS)[number];

export const MOTION_STATUSES = ['open', 'carried', 'failed'] as const;
export type MotionStatus = (typeof MOTION_STATUSES)[number];

export const VOTE_CHOICES = ['yes', 'no', 'abstain'] as const;
export type VoteChoice = (typeof VOTE_CHOICES)[number];

export const MINUTE_KINDS = [
	'opened',
	'agenda-adopted',
	'item-opened',
	'item-closed',
	'speaker',
	'motion',
	'result',
	'ratified',
	'closed',
	'correction'
] as const;
export type MinuteKind = (typeof MINUTE_KINDS)[number];
