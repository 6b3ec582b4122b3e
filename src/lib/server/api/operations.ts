/**
 * Every operation of the JSON API, in one list: the route files under src/routes/api/v1 run them
 * (`apiRoute(OPS.getDecision, …)`), the OpenAPI document (./openapi.ts) describes them, and the
 * reference page lists them. Bodies and query strings are the forms' own zod schemas.
 */
import { z } from 'zod';
import { directoryInput } from '$lib/schemas/members';
import { postInput, commentInput } from '$lib/schemas/writing';
import { amendmentInput, decisionInput, registerFilter } from '$lib/schemas/decisions';
import { effortInput, PROJECT_STATUSES } from '$lib/schemas/projects';
import { TASK_STATUSES } from '$lib/server/db/schema/projects';
import { ballotInput } from '$lib/schemas/api';
import type { Operation, Parameter } from './operation';
import * as R from './responses';

const id = (what: string): Parameter => ({
	name: 'id',
	in: 'path',
	required: true,
	description: `The ${what}'s number (the digits at the start of its address).`,
	schema: { type: 'string', pattern: '^[1-9][0-9]{0,14}(-[a-z0-9-]*)?$' }
});
const cursor = (what: string): Parameter => ({
	name: 'cursor',
	in: 'query',
	description: `The \`next\` of the previous page of ${what}; absent for the first page.`,
	schema: { type: 'string' }
});

/** A scope as decisions and elections name it (`ScopeResource.ref`). */
const SCOPE_REF = /^(organisation|(chapter|committee|project):[1-9][0-9]{0,14})$/;

/** The query string of the chapter lists (the chapters, the qualifying chapters). */
export const chapterListQuery = z.object({ cursor: z.string().max(20).optional() });

/** The query string of the post list. */
export const postListQuery = z.object({
	kind: z.enum(['blog', 'chapter', 'organisation']).optional(),
	cursor: z.string().max(60).optional()
});

export const OPS = {
	// Members and chapters
	listMembers: {
		operationId: 'listMembers',
		method: 'GET',
		path: '/members',
		tag: 'members',
		scope: 'read',
		summary: 'api_op_list_members',
		description:
			'Only members who chose to be listed, with the fields their privacy settings allow, as on /members. Page on with `after`.',
		query: directoryInput,
		response: R.memberListSchema
	},
	getMember: {
		operationId: 'getMember',
		method: 'GET',
		path: '/members/{handle}',
		tag: 'members',
		scope: 'read',
		summary: 'api_op_get_member',
		description:
			'The member’s profile as their page shows it to the caller: to a visitor only if they chose to be listed, with the name they chose to show. One who is not there and one the caller may not see are the same 404.',
		parameters: [
			{
				name: 'handle',
				in: 'path',
				required: true,
				description: 'The member’s user name (what follows the @ in their address).',
				schema: { type: 'string' }
			}
		],
		response: R.memberSchema
	},
	listChapters: {
		operationId: 'listChapters',
		method: 'GET',
		path: '/chapters',
		tag: 'chapters',
		scope: 'read',
		summary: 'api_op_list_chapters',
		description:
			'Countries, regions and local chapters, 100 at a time in order of id, each with its counts and its parent’s id (a local chapter’s country); page on with `cursor`.',
		query: chapterListQuery,
		parameters: [cursor('chapters')],
		response: R.chapterListSchema
	},
	getChapter: {
		operationId: 'getChapter',
		method: 'GET',
		path: '/chapters/{slug}',
		tag: 'chapters',
		scope: 'read',
		summary: 'api_op_get_chapter',
		parameters: [
			{
				name: 'slug',
				in: 'path',
				required: true,
				description: 'The chapter’s short name, as in its address.',
				schema: { type: 'string' }
			}
		],
		response: R.chapterSchema
	},
	getGlance: {
		operationId: 'getGlance',
		method: 'GET',
		path: '/glance',
		tag: 'chapters',
		scope: 'read',
		summary: 'api_op_get_glance',
		description:
			'The organisation’s figures, as on /glance. The chapters that count towards the convention’s readiness are listed by listQualifyingChapters.',
		response: R.glanceSchema
	},
	listQualifyingChapters: {
		operationId: 'listQualifyingChapters',
		method: 'GET',
		path: '/glance/qualifying',
		tag: 'chapters',
		scope: 'read',
		summary: 'api_op_list_qualifying_chapters',
		description:
			'The local chapters that count towards the founding convention’s readiness (active, with the set share of women), 100 at a time in order of id; page on with `cursor`.',
		query: chapterListQuery,
		parameters: [cursor('chapters')],
		response: R.qualifyingChapterListSchema
	},
	// Writing
	listPosts: {
		operationId: 'listPosts',
		method: 'GET',
		path: '/posts',
		tag: 'posts',
		scope: 'read',
		summary: 'api_op_list_posts',
		query: postListQuery,
		parameters: [cursor('posts')],
		response: R.postListSchema
	},
	getPost: {
		operationId: 'getPost',
		method: 'GET',
		path: '/posts/{id}',
		tag: 'posts',
		scope: 'read',
		summary: 'api_op_get_post',
		parameters: [id('post')],
		response: R.postSchema
	},
	createPost: {
		operationId: 'createPost',
		method: 'POST',
		path: '/posts',
		tag: 'posts',
		scope: 'write',
		summary: 'api_op_create_post',
		body: postInput,
		created: true,
		response: R.createdSchema
	},
	listPostComments: {
		operationId: 'listPostComments',
		method: 'GET',
		path: '/posts/{id}/comments',
		tag: 'comments',
		scope: 'read',
		summary: 'api_op_list_post_comments',
		parameters: [id('post'), cursor('comments')],
		response: R.commentPageSchema
	},
	createPostComment: {
		operationId: 'createPostComment',
		method: 'POST',
		path: '/posts/{id}/comments',
		tag: 'comments',
		scope: 'write',
		summary: 'api_op_create_post_comment',
		parameters: [id('post')],
		body: commentInput,
		created: true,
		response: R.createdSchema
	},
	getThread: {
		operationId: 'getThread',
		method: 'GET',
		path: '/threads/{id}',
		tag: 'comments',
		scope: 'read',
		summary: 'api_op_get_thread',
		parameters: [id('thread')],
		response: R.threadSchema
	},
	listThreadComments: {
		operationId: 'listThreadComments',
		method: 'GET',
		path: '/threads/{id}/comments',
		tag: 'comments',
		scope: 'read',
		summary: 'api_op_list_thread_comments',
		parameters: [id('thread'), cursor('comments')],
		response: R.commentPageSchema
	},
	createThreadComment: {
		operationId: 'createThreadComment',
		method: 'POST',
		path: '/threads/{id}/comments',
		tag: 'comments',
		scope: 'write',
		summary: 'api_op_create_thread_comment',
		parameters: [id('thread')],
		body: commentInput,
		created: true,
		response: R.createdSchema
	},
	// Decisions
	listDecisions: {
		operationId: 'listDecisions',
		method: 'GET',
		path: '/decisions',
		tag: 'decisions',
		scope: 'read',
		summary: 'api_op_list_decisions',
		// The register's own filter, which falls back to no filter instead of refusing.
		query: registerFilter,
		response: R.decisionListSchema
	},
	getDecision: {
		operationId: 'getDecision',
		method: 'GET',
		path: '/decisions/{id}',
		tag: 'decisions',
		scope: 'read',
		summary: 'api_op_get_decision',
		parameters: [id('decision')],
		response: R.decisionSchema
	},
	getDecisionResults: {
		operationId: 'getDecisionResults',
		method: 'GET',
		path: '/decisions/{id}/results',
		tag: 'decisions',
		scope: 'read',
		summary: 'api_op_get_decision_results',
		description:
			'What the result page and results.csv show: the raw and weighted counts, the turnout at the close, and the spreadsheet’s rows.',
		parameters: [id('decision')],
		conflict: 'The decision is not closed: there is no result yet.',
		response: R.decisionResultsSchema
	},
	listAmendments: {
		operationId: 'listAmendments',
		method: 'GET',
		path: '/decisions/{id}/amendments',
		tag: 'decisions',
		scope: 'read',
		summary: 'api_op_list_amendments',
		parameters: [id('decision')],
		response: R.amendmentListSchema
	},
	createDecision: {
		operationId: 'createDecision',
		method: 'POST',
		path: '/decisions',
		tag: 'decisions',
		scope: 'write',
		summary: 'api_op_create_decision',
		body: decisionInput,
		created: true,
		response: R.createdSchema
	},
	submitDecision: {
		operationId: 'submitDecision',
		method: 'POST',
		path: '/decisions/{id}/submit',
		tag: 'decisions',
		scope: 'write',
		summary: 'api_op_submit_decision',
		parameters: [id('decision')],
		response: R.numberedSchema
	},
	proposeAmendment: {
		operationId: 'proposeAmendment',
		method: 'POST',
		path: '/decisions/{id}/amendments',
		tag: 'decisions',
		scope: 'write',
		summary: 'api_op_propose_amendment',
		parameters: [id('decision')],
		body: amendmentInput,
		created: true,
		response: R.numberedSchema
	},
	castBallot: {
		operationId: 'castBallot',
		method: 'POST',
		path: '/decisions/{id}/ballot',
		tag: 'decisions',
		scope: 'vote',
		summary: 'api_op_cast_ballot',
		description:
			'The fields of the ballot form: `vote` for a motion or consent; `approve` (option ids) for approval; `rank_<option id>` (1 = first) for ranked methods; `score_<option id>` for score voting; an optional `reason`. A ballot that chooses nothing (no approval, no score) is refused unless `confirmEmpty` is true. A secret ballot answers with its receipt, shown only this once.',
		parameters: [id('decision')],
		body: ballotInput,
		extraFields: /^(rank|score)_[1-9][0-9]{0,14}$/,
		response: R.ballotCastSchema
	},
	// Projects
	listProjects: {
		operationId: 'listProjects',
		method: 'GET',
		path: '/projects',
		tag: 'projects',
		scope: 'read',
		summary: 'api_op_list_projects',
		query: z.object({
			status: z.enum(PROJECT_STATUSES).optional(),
			before: z.string().optional()
		}),
		response: R.projectListSchema
	},
	getProject: {
		operationId: 'getProject',
		method: 'GET',
		path: '/projects/{id}',
		tag: 'projects',
		scope: 'read',
		summary: 'api_op_get_project',
		parameters: [id('project')],
		response: R.projectSchema
	},
	listProjectTasks: {
		operationId: 'listProjectTasks',
		method: 'GET',
		path: '/projects/{id}/tasks',
		tag: 'projects',
		scope: 'read',
		summary: 'api_op_list_project_tasks',
		description: 'Oldest first; `status` filters, `after` pages on.',
		parameters: [id('project')],
		query: z.object({
			status: z.enum(TASK_STATUSES).optional(),
			after: z.string().optional()
		}),
		response: R.taskListSchema
	},
	claimTask: {
		operationId: 'claimTask',
		method: 'POST',
		path: '/projects/{id}/tasks/{task}/claim',
		tag: 'projects',
		scope: 'write',
		summary: 'api_op_claim_task',
		parameters: [id('project'), { ...id('task'), name: 'task', description: 'The task’s number.' }],
		response: R.claimedSchema
	},
	logEffort: {
		operationId: 'logEffort',
		method: 'POST',
		path: '/projects/{id}/tasks/{task}/effort',
		tag: 'projects',
		scope: 'write',
		summary: 'api_op_log_effort',
		parameters: [id('project'), { ...id('task'), name: 'task', description: 'The task’s number.' }],
		body: effortInput,
		created: true,
		response: R.createdSchema
	},
	// Elections
	listElections: {
		operationId: 'listElections',
		method: 'GET',
		path: '/elections',
		tag: 'elections',
		scope: 'read',
		summary: 'api_op_list_elections',
		response: R.electionListSchema
	},
	getElection: {
		operationId: 'getElection',
		method: 'GET',
		path: '/elections/{id}',
		tag: 'elections',
		scope: 'read',
		summary: 'api_op_get_election',
		parameters: [id('election')],
		response: R.electionSchema
	},
	// Mandates
	listMandates: {
		operationId: 'listMandates',
		method: 'GET',
		path: '/mandates',
		tag: 'mandates',
		scope: 'read',
		summary: 'api_op_list_mandates',
		description:
			'Who holds each role of a scope now, and until when. `scope` is a scope’s `ref` (as decisions and elections give it): `organisation`, `chapter:<id>`, `committee:<id>` or `project:<id>`; a scope the caller may not see (a committee that shows its members only to them, a hidden project) is a 404. `role` narrows to one role (`facilitator`).',
		query: z.object({
			scope: z.string().regex(SCOPE_REF, { error: 'error_invalid_value' }),
			role: z.string().max(60, { error: 'error_invalid_value' }).optional()
		}),
		response: R.mandateListSchema
	}
} satisfies Record<string, Operation>;

export type OperationName = keyof typeof OPS;
