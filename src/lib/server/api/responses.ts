/**
 * What each API operation answers, as zod schemas: the OpenAPI document describes every answer
 * from them (./openapi.ts, as named components), and the API tests parse every answer they get
 * with them (tests/api/client.ts), so the document cannot say something the server does not send.
 * The objects are strict: a field the server sends and the schema lacks fails those tests. The
 * document leaves them open (a later version may add a field; clients ignore what they do not know).
 *
 * Times are ISO 8601 strings in UTC (what JSON makes of a Date); `url` fields are absolute
 * addresses unless the field says it is a path on this site.
 */
import { z } from 'zod';
import { AMENDMENT_STATUSES, DECISION_OUTCOMES } from '$lib/server/db/schema/decisions';
import { TASK_STATUSES } from '$lib/server/db/schema/projects';
import { POST_STATUSES } from '$lib/server/db/schema/writing';
import { ELECTION_METHODS, ELECTION_PHASES } from '$lib/domain/elections/types';
import { METHOD_IDS } from '$lib/domain/tally/types';
import { TIERS } from '$lib/domain/members/tiers';
import { PROJECT_STATUSES } from '$lib/schemas/projects';
import { RESULT_COLUMNS } from '$lib/server/formats/result-rows';
import type { ChapterNode } from '$lib/server/chapters/queries';
import { PROBLEMS, type ProblemKind } from './problem';

/** The named schemas: each becomes `#/components/schemas/<id>` in the document. */
export const responseSchemas = z.registry<{ id: string; description?: string }>();

function named<T extends z.ZodType>(id: string, schema: T, description?: string): T {
	responseSchemas.add(schema, description ? { id, description } : { id });
	return schema;
}

const at = z.iso.datetime();
const day = z.iso.date();
const count = z.int().nonnegative();
const id = z.int().positive();
const link = z.url();
/** A path on this site (`/projects/12-seed-library`), for answers that have always given paths. */
const path = z.string().startsWith('/');
const obj = z.strictObject;

// Problems

export const problemSchema = named(
	'Problem',
	obj({
		type: link,
		title: z.string(),
		status: z.literal([
			...new Set((Object.keys(PROBLEMS) as ProblemKind[]).map((k) => PROBLEMS[k].status))
		]),
		detail: z.string(),
		instance: z.string().optional(),
		errors: z.record(z.string(), z.string()).optional()
	}),
	'RFC 9457 problem details.'
);

// Shared pieces

const byline = named(
	'Byline',
	obj({ handle: z.string(), name: z.string() }),
	'A member as the caller may see them: the name their privacy settings allow.'
);

const scope = named(
	'Scope',
	obj({
		ref: z.string().describe('`organisation`, or `chapter:<id>`, `committee:<id>`, `project:<id>`'),
		kind: z.string(),
		name: z.string(),
		url: z.string().nullable().describe('Its page, when it has one the caller may open.')
	}),
	'Where a decision, an election or a mandate applies.'
);

const countReport = named(
	'CountReport',
	z.looseObject({
		method: z.enum(METHOD_IDS),
		seats: z.int(),
		seed: z.string(),
		totalBallots: z.number(),
		winners: z.array(z.string()),
		rounds: z.array(z.unknown()),
		ties: z.array(z.unknown())
	}),
	'A count, every figure of it, as the counting method reports it (docs/tally.md): the method decides the other fields.'
);

const fraction = obj({ numerator: z.int(), denominator: z.int() });
const growth = z.array(obj({ year: z.int(), joined: count, total: count }));

export const createdSchema = named(
	'Created',
	obj({ id, url: link }),
	'What a write made: its number and the address of its page.'
);

// Members and chapters

export const memberListSchema = named(
	'MemberList',
	obj({
		members: z.array(
			obj({
				handle: z.string(),
				name: z.string(),
				country: z.string(),
				city: z.string().nullable(),
				languages: z.array(z.string())
			})
		),
		next: id.nullable().describe('Pass as `after` for the next page; null on the last.')
	})
);

export const memberSchema = named(
	'Member',
	obj({
		handle: z.string(),
		name: z
			.string()
			.describe('In full for members; for a visitor, as the member chose to show it.'),
		country: z.string(),
		city: z.string().nullable(),
		languages: z.array(z.string()),
		bio: z.string(),
		tier: z.enum(TIERS),
		memberSince: at,
		avatar: link.nullable(),
		url: link
	}),
	'A member’s public profile, as their page shows it to the caller.'
);

const chapterListed: z.ZodType<Omit<ChapterNode, 'children'>> = named(
	'ChapterListed',
	obj({
		id,
		parentId: id.nullable(),
		kind: z.string(),
		slug: z.string(),
		name: z.string(),
		country: z.string().nullable(),
		city: z.string().nullable(),
		members: count,
		active: count,
		isActive: z.boolean()
	})
);

const nextCursor = z
	.string()
	.nullable()
	.describe('Pass as `cursor` for the next page; null on the last.');

export const chapterListSchema = named(
	'ChapterList',
	obj({ chapters: z.array(chapterListed), activeThreshold: count, next: nextCursor })
);

export const qualifyingChapterListSchema = named(
	'QualifyingChapterList',
	obj({
		chapters: z.array(obj({ id, slug: z.string(), name: z.string(), country: z.string() })),
		next: nextCursor
	})
);

const chapterRef = obj({
	slug: z.string(),
	name: z.string(),
	kind: z.string(),
	country: z.string().nullable()
});

export const chapterSchema = named(
	'Chapter',
	obj({
		chapter: obj({
			id,
			kind: z.string(),
			slug: z.string(),
			name: z.string(),
			country: z.string().nullable(),
			city: z.string().nullable(),
			description: z.string(),
			createdAt: at
		}),
		parent: chapterRef.nullable(),
		children: z.array(chapterRef.extend({ id })),
		stats: obj({
			members: count,
			active: count,
			joinedLast90Days: count,
			isActive: z.boolean(),
			activeThreshold: count,
			growth
		}),
		members: z.array(obj({ handle: z.string(), name: z.string(), city: z.string().nullable() })),
		facilitators: z.array(
			obj({ handle: z.string(), name: z.string(), startsAt: at, endsAt: at.nullable() })
		)
	})
);

const demographic = obj({
	groups: z.array(obj({ key: z.string(), members: count })),
	hidden: z.boolean().describe('Some group is too small to show.')
});

export const glanceSchema = named(
	'Glance',
	obj({
		members: count,
		activeMembers: count,
		countries: count,
		continents: count,
		byCountry: z.array(obj({ country: z.string(), members: count })),
		growth,
		chapters: count,
		activeChapters: count,
		activeThreshold: count,
		gender: demographic,
		ageBand: demographic,
		readiness: obj({
			preconditions: obj({
				minChapters: count,
				minWomenShare: z.number(),
				minCountries: count,
				minContinents: count
			}),
			chapters: count,
			countries: count,
			continents: count,
			met: obj({
				chapters: z.boolean(),
				countries: z.boolean(),
				continents: z.boolean(),
				all: z.boolean()
			})
		})
	})
);

// Writing

const postChapter = obj({ name: z.string().nullable(), slug: z.string().nullable() }).nullable();

export const postListSchema = named(
	'PostList',
	obj({
		posts: z.array(
			obj({
				id,
				kind: z.string(),
				title: z.string(),
				excerpt: z.string(),
				language: z.string(),
				tags: z.array(z.string()),
				visibility: z.string(),
				publishedAt: at.nullable(),
				updatedAt: at,
				author: byline,
				chapter: postChapter,
				url: link
			})
		),
		next: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last.')
	})
);

export const postSchema = named(
	'Post',
	obj({
		id,
		kind: z.string(),
		status: z.enum(POST_STATUSES),
		title: z.string(),
		body: z.string().describe('Markdown; empty when a jury hid the post (but for its author).'),
		language: z.string(),
		tags: z.array(z.string()),
		visibility: z.string(),
		publishedAt: at.nullable(),
		updatedAt: at,
		hidden: z.boolean(),
		author: byline,
		chapter: postChapter,
		url: link
	})
);

export const commentPageSchema = named(
	'CommentPage',
	obj({
		total: count,
		comments: z.array(
			obj({
				id,
				parentId: id.nullable(),
				depth: count,
				author: byline,
				html: z.string().nullable().describe('Null when deleted or hidden by a jury.'),
				createdAt: at,
				editedAt: at.nullable(),
				deleted: z.boolean(),
				hidden: z.boolean()
			})
		),
		next: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last.')
	}),
	'A page of top-level comments, each followed by its replies.'
);

export const threadSchema = named(
	'Thread',
	obj({
		id,
		title: z.string(),
		body: z.string(),
		language: z.string(),
		pinned: z.boolean(),
		locked: z.boolean(),
		commentCount: count,
		createdAt: at,
		hidden: z.boolean(),
		author: byline,
		category: obj({ slug: z.string(), name: z.string() }),
		url: link
	})
);

// Decisions

const decisionDates = obj({
	createdAt: at.optional(),
	discussionEndsAt: at.nullable(),
	amendmentsEndAt: at.nullable(),
	votingEndsAt: at.nullable(),
	closedAt: at.nullable()
});

export const decisionListSchema = named(
	'DecisionList',
	obj({
		decisions: z.array(
			obj({
				id,
				url: link,
				title: z.string(),
				summary: z.string(),
				scope: scope.nullable(),
				phase: z.string(),
				stage: z.string().nullable(),
				outcome: z.string().nullable(),
				ballotType: z.string(),
				method: z.string(),
				secret: z.boolean(),
				dates: decisionDates,
				minorityReports: count,
				revisitOf: id.nullable()
			})
		),
		next: id.nullable().describe('Pass as `before` for the next page; null on the last.')
	})
);

const option = obj({ id: z.string(), label: z.string() });
const turnout = obj({ ballots: count, eligible: count, quorumRequired: count.nullable() });

export const decisionSchema = named(
	'Decision',
	obj({
		id,
		url: link,
		title: z.string(),
		summary: z.string(),
		body: z.string().describe('The text (Markdown) of the current version.'),
		version: z.int().positive(),
		language: z.string(),
		scope: scope.nullable(),
		affectedGroups: z.array(scope),
		authors: z.array(obj({ handle: z.string(), name: z.string(), url: link })),
		phase: z.string(),
		stage: z.string().nullable(),
		outcome: z.string().nullable(),
		outcomeStatement: z.string().nullable(),
		ballotType: z.string(),
		method: z.string(),
		weighting: z.string(),
		secret: z.boolean(),
		unlinkable: z.boolean().describe('Cast with blind-signed credentials.'),
		resultsHiddenUntilClose: z.boolean(),
		rules: obj({
			threshold: fraction.extend({ inclusive: z.boolean() }),
			quorum: fraction.nullable(),
			maxBlocks: count,
			groupFactor: z.number(),
			stakeLevels: count,
			scoreMax: count,
			minorityReportDays: count,
			revisitPercent: z.number()
		}),
		dates: decisionDates,
		options: z.array(option),
		turnout: turnout.nullable(),
		result: obj({
			live: z.boolean().describe('Counted now, while voting (false: stored at the close).'),
			outcome: z.string().nullable(),
			winner: option.nullable(),
			turnout: count,
			quorumRequired: count.nullable(),
			raw: countReport,
			weighted: countReport
		})
			.nullable()
			.describe('Absent (null) until the caller may see it.'),
		files: obj({ json: link, blt: link.nullable() })
			.nullable()
			.describe('The published ballots, for a recount, once closed.'),
		revisitOf: id.nullable(),
		follows: id.nullable()
	})
);

export const amendmentListSchema = named(
	'AmendmentList',
	obj({
		decision: obj({
			id,
			url: link,
			phase: z.string(),
			version: z.int().positive(),
			amendmentsOpen: z.boolean()
		}),
		amendments: z.array(
			obj({
				id,
				status: z.enum(AMENDMENT_STATUSES),
				reason: z.string(),
				body: z.string().describe('The whole text as the amendment would have it (Markdown).'),
				baseVersion: z.int().positive().describe('The version of the text it was written for.'),
				appliedVersion: z
					.int()
					.positive()
					.nullable()
					.describe('The version it made, once applied.'),
				createdAt: at,
				author: obj({
					handle: z.string(),
					name: z.string(),
					url: link.nullable().describe('Their profile, when it opens for the caller.')
				}),
				changes: obj({ added: count, removed: count }).describe('Words added and removed.'),
				votes: obj({ yes: count, no: count, abstain: count })
					.nullable()
					.describe('Weighted votes, once the amendment is put to a vote; null before.')
			})
		)
	}),
	'Every amendment of a decision, in the order proposed.'
);

export const decisionResultsSchema = named(
	'DecisionResults',
	obj({
		id,
		url: link,
		title: z.string(),
		outcome: z.enum(DECISION_OUTCOMES).nullable(),
		outcomeStatement: z.string().nullable(),
		closedAt: at,
		method: z.string(),
		weighting: z.string(),
		options: z.array(option),
		winner: option.nullable(),
		turnout,
		raw: countReport,
		weighted: countReport,
		figures: z
			.array(
				obj({
					count: z.enum(['raw', 'weighted']),
					round: z.int().nullable(),
					option: z.string().nullable(),
					measure: z.string(),
					against: z.string().nullable(),
					value: z.number(),
					exact: z.string(),
					place: z.int().nullable()
				})
			)
			.describe(
				`The rows of results.csv (${RESULT_COLUMNS.join(', ')}): weighted rows only where ballots are weighted.`
			),
		files: obj({ json: link, blt: link.nullable(), csv: link })
	}),
	'A closed decision’s result, as its page and its results.csv give it.'
);

export const numberedSchema = named(
	'Numbered',
	obj({ id }),
	'The number of what the call acted on, or made.'
);

export const ballotCastSchema = named(
	'BallotCast',
	obj({
		receipt: z.string().nullable().describe('A secret ballot’s receipt, shown only this once.'),
		weight: z.int(),
		changed: z.boolean()
	})
);

// Projects

const projectPerson = obj({
	id,
	handle: z.string().nullable(),
	name: z.string().nullable(),
	role: z.string(),
	roleSince: at,
	joinedAt: at,
	willingOnerous: z.boolean()
});

export const projectListSchema = named(
	'ProjectList',
	obj({
		projects: z.array(
			obj({
				id,
				title: z.string(),
				needs: z.string(),
				status: z.enum(PROJECT_STATUSES),
				visibility: z.string(),
				language: z.string(),
				createdAt: at,
				chapterName: z.string().nullable(),
				chapterSlug: z.string().nullable(),
				memberCount: count,
				openTasks: count,
				excerpt: z.string(),
				url: path
			})
		),
		next: id.nullable().describe('Pass as `before` for the next page; null on the last.')
	})
);

/** What every list of tasks gives of each. */
const task = obj({
	id,
	title: z.string(),
	estimateMinutes: count,
	skills: z.array(z.string()),
	dueOn: day.nullable(),
	language: z.string(),
	remote: z.boolean(),
	place: z.string(),
	status: z.enum(TASK_STATUSES),
	empowerTenths: z.int().nullable().describe('Median rating of how empowering, 10–50.'),
	onerousTenths: z.int().nullable().describe('Median rating of how onerous, 10–50.'),
	ratingCount: count
});

const taskAssignee = obj({
	handle: z.string().nullable(),
	name: z.string().nullable()
}).describe('Null handle and name: someone the caller may not see by name.');

export const projectSchema = named(
	'Project',
	obj({
		project: obj({
			id,
			title: z.string(),
			goals: z.string(),
			needs: z.string(),
			chapterId: id.nullable(),
			visibility: z.string(),
			status: z.enum(PROJECT_STATUSES),
			language: z.string(),
			proposedBy: id,
			createdAt: at,
			updatedAt: at,
			url: path
		}),
		chapter: obj({ id, name: z.string(), slug: z.string() }).nullable(),
		members: z.array(projectPerson),
		tasks: z.array(
			task.extend({
				assignee: taskAssignee.extend({ id }).nullable(),
				mine: z.boolean(),
				url: path
			})
		),
		balance: obj({
			rows: z.array(
				obj({
					memberId: id,
					minutes: z.number(),
					effort: z.number(),
					onerous: z.number(),
					empowering: z.number(),
					effortShare: z.number(),
					onerousShare: z.number(),
					empoweringShare: z.number(),
					person: projectPerson,
					recognisedMinutes: z.number()
				})
			),
			onerousGini: z.number(),
			empoweringGini: z.number(),
			level: z.enum(['balanced', 'uneven', 'lopsided']),
			totalMinutes: count,
			formerMinutes: count
		}),
		suggestion: obj({
			task: obj({ id, title: z.string(), url: path }).nullable(),
			member: projectPerson.nullable()
		}),
		updates: z.array(
			obj({
				id,
				title: z.string(),
				language: z.string(),
				publishedAt: at.nullable(),
				handle: z.string(),
				displayName: z.string(),
				excerpt: z.string(),
				url: path
			})
		)
	})
);

export const taskListSchema = named(
	'TaskList',
	obj({
		project: obj({ id, title: z.string(), url: link }),
		tasks: z.array(
			task.extend({
				description: z.string().describe('Markdown.'),
				assignee: taskAssignee.nullable(),
				createdAt: at,
				completedAt: at.nullable(),
				url: link
			})
		),
		next: id.nullable().describe('Pass as `after` for the next page; null on the last.')
	}),
	'A project’s tasks, oldest first.'
);

export const claimedSchema = named('Claimed', obj({ url: link }));

// Elections and mandates

const electionListItem = obj({
	id,
	role: z.string(),
	seats: z.int().positive(),
	phase: z.enum(ELECTION_PHASES),
	nominationsEndAt: at,
	votingEndsAt: at,
	scope,
	url: path
});

export const electionListSchema = named(
	'ElectionList',
	obj({ elections: z.array(electionListItem) })
);

const electionPerson = obj({ handle: z.string(), name: z.string(), profile: z.boolean() });

export const electionSchema = named(
	'Election',
	obj({
		election: obj({
			id,
			role: z.string(),
			seats: z.int().positive(),
			method: z.enum(ELECTION_METHODS),
			phase: z.enum(ELECTION_PHASES),
			nominationsEndAt: at,
			votingEndsAt: at,
			countedAt: at.nullable(),
			balance: obj({ attribute: z.literal('gender'), value: z.string(), minShare: z.number() })
				.nullable()
				.describe('The balance rule (a least share of a gender among those elected).'),
			unlinkable: z.boolean(),
			seed: z.string().nullable()
		}),
		role: obj({ termMonths: z.int().positive(), rights: z.array(z.string()) }).nullable(),
		scope,
		candidates: z.array(
			obj({
				id,
				memberId: id,
				person: electionPerson,
				statement: z.string(),
				consented: z.boolean(),
				withdrawn: z.boolean(),
				nominatedBySelf: z.boolean(),
				nominator: electionPerson.nullable()
			})
		),
		ballots: count,
		result: z
			.looseObject({
				method: z.enum(ELECTION_METHODS),
				seats: z.int(),
				seed: z.string(),
				candidates: z.array(z.string()),
				ballots: count,
				electorate: count,
				report: z.looseObject({}).nullable(),
				balance: z.looseObject({}).nullable(),
				elected: z.array(z.string()),
				reserves: z.array(z.string())
			})
			.nullable()
			.describe('The whole count, once closed (candidacy ids; `labels` names them).'),
		labels: z.record(z.string(), z.string())
	})
);

export const mandateListSchema = named(
	'MandateList',
	obj({
		scope,
		mandates: z.array(
			obj({
				id,
				role: z.string(),
				holder: obj({
					handle: z.string(),
					name: z.string(),
					url: link.nullable().describe('Their profile, when it opens for the caller.')
				}),
				startsAt: at,
				endsAt: at.nullable().describe('When the term ends; null: open-ended.'),
				election: link.nullable().describe('The election that filled it, if one did.'),
				recall: obj({
					status: z.string(),
					signatures: count,
					threshold: count,
					decision: link.nullable()
				})
					.nullable()
					.describe('A recall petition under way, if any.')
			})
		)
	}),
	'The current holders of a scope’s mandates, with their terms.'
);
