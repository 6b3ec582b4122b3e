import { z } from 'zod';
import { BALLOT_TYPES, CHOICE_METHODS, WEIGHTINGS } from '$lib/domain/decisions/types';
import { MAX_TEXT_LENGTH } from '$lib/domain/decisions/text-diff';
import { groupFactorFor, weightingKeepsSecret } from '$lib/domain/decisions/weights';

/** Input shapes for decisions, amendments, stakes, outcomes and dissent. Messages are keys. */

const required = (max: number, long: string) =>
	z
		.string({ error: 'error_required' })
		.trim()
		.min(1, { error: 'error_required' })
		.max(max, { error: long });
const whole = (min: number, max: number) =>
	z.coerce
		.number({ error: 'error_invalid_value' })
		.int({ error: 'error_invalid_value' })
		.min(min, { error: 'decision_error_out_of_range' })
		.max(max, { error: 'decision_error_out_of_range' });
const checkbox = z
	.union([z.literal('on'), z.literal('true'), z.literal(''), z.boolean()])
	.optional()
	.transform((v) => v === true || v === 'on' || v === 'true');
/** `kind:id` references such as `chapter:12`; the organisation is `organisation`. */
const groupRef = z.string().regex(/^(chapter|project):\d{1,15}$/, { error: 'error_invalid_value' });
const scopeRef = z
	.string({ error: 'error_required' })
	.regex(/^(organisation|(chapter|project|committee):\d{1,15})$/, { error: 'error_invalid_value' });

export const THRESHOLD_PRESETS = ['majority', 'two-thirds', 'three-quarters'] as const;

export const decisionText = z.object({
	title: required(200, 'decision_error_title_long'),
	summary: z.string().trim().max(500, { error: 'decision_error_summary_long' }).default(''),
	body: required(MAX_TEXT_LENGTH, 'decision_error_text_long'),
	note: z.string().trim().max(300, { error: 'decision_error_note_long' }).default('')
});

export const decisionInput = decisionText
	.extend({
		language: z
			.string()
			.trim()
			.regex(/^[a-z]{2,3}$/, { error: 'error_invalid_value' })
			.default('en'),
		scope: scopeRef,
		affected: z.array(groupRef).max(20, { error: 'decision_error_too_many_groups' }).default([]),
		ballotType: z.enum(BALLOT_TYPES, { error: 'error_invalid_value' }),
		method: z.enum(CHOICE_METHODS, { error: 'error_invalid_value' }).default('schulze'),
		/** One option per line (choice decisions). */
		options: z
			.string()
			.max(5000, { error: 'decision_error_options_long' })
			.default('')
			.transform((s) =>
				s
					.split('\n')
					.map((l) => l.trim())
					.filter(Boolean)
			),
		weighting: z.enum(WEIGHTINGS, { error: 'error_invalid_value' }).default('equal'),
		groupFactor: whole(2, 10).default(2),
		/** The form's 1–5 scale of how much the named groups are affected; it sets the factor. */
		groupStake: z.coerce
			.number({ error: 'decision_error_group_stake' })
			.int({ error: 'decision_error_group_stake' })
			.min(1, { error: 'decision_error_group_stake' })
			.max(5, { error: 'decision_error_group_stake' })
			.optional(),
		stakeLevels: whole(3, 10).default(5),
		secret: checkbox,
		/** Unlinkable secret ballot (blind-signed credentials); it implies a secret ballot. */
		unlinkable: checkbox,
		hideResults: checkbox,
		threshold: z.enum(THRESHOLD_PRESETS, { error: 'error_invalid_value' }).default('majority'),
		quorumPercent: whole(0, 100).default(0),
		maxBlocks: whole(0, 20).default(0),
		discussionDays: whole(1, 90).default(7),
		amendmentDays: whole(0, 30).default(3),
		votingDays: whole(1, 60).default(7),
		minorityReportDays: whole(1, 90).default(14),
		revisitPercent: whole(1, 100).default(10),
		/** Compromise run-off: a positions poll first. */
		template: z
			.enum(['standard', 'compromise-runoff'], { error: 'error_invalid_value' })
			.default('standard')
	})
	.transform(({ groupStake, ...v }) => ({
		...v,
		groupFactor: groupStake === undefined ? v.groupFactor : groupFactorFor(groupStake),
		secret: v.secret || v.unlinkable
	}))
	// A secret ballot's published weights must not say who cast them (weights.ts).
	.refine((v) => !v.secret || weightingKeepsSecret(v.weighting), {
		path: ['weighting'],
		error: 'decision_error_secret_weighting'
	});
export type DecisionInput = z.output<typeof decisionInput>;

export const coauthorInput = z.object({
	handle: required(40, 'error_invalid_value').transform((h) => h.replace(/^@/, ''))
});

export const amendmentInput = z.object({
	body: required(MAX_TEXT_LENGTH, 'decision_error_text_long'),
	reason: required(2000, 'amendment_error_reason_long')
});

export const amendmentVoteInput = z.object({
	vote: z.enum(['yes', 'no', 'abstain'], { error: 'ballot_error_choose' })
});

export const stakeInput = z.object({
	level: whole(1, 10),
	reason: required(1000, 'stake_error_reason_long')
});

export const outcomeInput = z.object({
	statement: required(10_000, 'decision_error_body_long')
});

export const minorityReportInput = z.object({
	title: required(200, 'decision_error_title_long'),
	body: required(20_000, 'decision_error_body_long')
});

export const petitionInput = z.object({
	reason: required(2000, 'petition_error_reason_long')
});

export const registerFilter = z.object({
	q: z.string().trim().max(200).optional().catch(undefined),
	phase: z
		.enum(['draft', 'discussion', 'amendments', 'voting', 'closed'])
		.optional()
		.catch(undefined),
	scope: scopeRef.optional().catch(undefined),
	outcome: z
		.enum(['passes', 'fails', 'blocked', 'no-quorum', 'chosen'])
		.optional()
		.catch(undefined),
	before: z.coerce.number().int().positive().optional().catch(undefined)
});
