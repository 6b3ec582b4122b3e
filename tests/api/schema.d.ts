// Generated from the OpenAPI document by tests/unit/api-document.test.ts: do not edit.
export interface paths {
	'/members': {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/**
		 * The member directory
		 * @description Only members who chose to be listed, with the fields their privacy settings allow, as on /members. Page on with `after`.
		 */
		get: operations['listMembers'];
		put?: never;
		post?: never;
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	'/members/{handle}': {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/**
		 * One member’s profile, as their page shows it to the caller
		 * @description The member’s profile as their page shows it to the caller: to a visitor only if they chose to be listed, with the name they chose to show. One who is not there and one the caller may not see are the same 404.
		 */
		get: operations['getMember'];
		put?: never;
		post?: never;
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	'/chapters': {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/**
		 * The federation of chapters with their counts
		 * @description Countries, regions and local chapters, 100 at a time in order of id, each with its counts and its parent’s id (a local chapter’s country); page on with `cursor`.
		 */
		get: operations['listChapters'];
		put?: never;
		post?: never;
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	'/chapters/{slug}': {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/** One chapter, its sub-chapters, listed members and facilitators */
		get: operations['getChapter'];
		put?: never;
		post?: never;
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	'/glance': {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/**
		 * The organisation at a glance (aggregates only)
		 * @description The organisation’s figures, as on /glance. The chapters that count towards the convention’s readiness are listed by listQualifyingChapters.
		 */
		get: operations['getGlance'];
		put?: never;
		post?: never;
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	'/glance/qualifying': {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/**
		 * The chapters that count towards the founding convention, a page at a time
		 * @description The local chapters that count towards the founding convention’s readiness (active, with the set share of women), 100 at a time in order of id; page on with `cursor`.
		 */
		get: operations['listQualifyingChapters'];
		put?: never;
		post?: never;
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	'/posts': {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/** Published posts the caller may read, newest first */
		get: operations['listPosts'];
		put?: never;
		/** Write a post (a draft unless `publish` is true) */
		post: operations['createPost'];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	'/posts/{id}': {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/** One post */
		get: operations['getPost'];
		put?: never;
		post?: never;
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	'/posts/{id}/comments': {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/** The discussion under a post, top-level comments with their replies */
		get: operations['listPostComments'];
		put?: never;
		/** Comment on a post (or reply, with `parentId`) */
		post: operations['createPostComment'];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	'/threads/{id}': {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/** One forum thread */
		get: operations['getThread'];
		put?: never;
		post?: never;
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	'/threads/{id}/comments': {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/** The discussion in a thread */
		get: operations['listThreadComments'];
		put?: never;
		/** Reply in a thread */
		post: operations['createThreadComment'];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	'/decisions': {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/** The decision register (drafts never in it) */
		get: operations['listDecisions'];
		put?: never;
		/** Propose a decision (saved as a draft, as the form does; submit it to open it) */
		post: operations['createDecision'];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	'/decisions/{id}': {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/** One decision: text, options, amendments, phase and, after the close, results */
		get: operations['getDecision'];
		put?: never;
		post?: never;
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	'/decisions/{id}/results': {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/**
		 * A closed decision’s result: the counts, the turnout and the spreadsheet’s rows
		 * @description What the result page and results.csv show: the raw and weighted counts, the turnout at the close, and the spreadsheet’s rows.
		 */
		get: operations['getDecisionResults'];
		put?: never;
		post?: never;
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	'/decisions/{id}/amendments': {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/** A decision’s amendments, with their text, status and votes */
		get: operations['listAmendments'];
		put?: never;
		/** Propose an amendment: the whole new text, and why */
		post: operations['proposeAmendment'];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	'/decisions/{id}/submit': {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/** Submit one’s draft: its discussion starts */
		post: operations['submitDecision'];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	'/decisions/{id}/ballot': {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		 * Cast or change one’s ballot
		 * @description The fields of the ballot form: `vote` for a motion or consent; `approve` (option ids) for approval; `rank_<option id>` (1 = first) for ranked methods; `score_<option id>` for score voting; an optional `reason`. A ballot that chooses nothing (no approval, no score) is refused unless `confirmEmpty` is true. A secret ballot answers with its receipt, shown only this once.
		 */
		post: operations['castBallot'];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	'/projects': {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/** Projects the caller may see, newest first */
		get: operations['listProjects'];
		put?: never;
		post?: never;
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	'/projects/{id}': {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/** One project with its tasks, members, balance of work and updates */
		get: operations['getProject'];
		put?: never;
		post?: never;
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	'/projects/{id}/tasks': {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/**
		 * The tasks of a project, oldest first
		 * @description Oldest first; `status` filters, `after` pages on.
		 */
		get: operations['listProjectTasks'];
		put?: never;
		post?: never;
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	'/projects/{id}/tasks/{task}/claim': {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/** Claim an open task of a project one belongs to */
		post: operations['claimTask'];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	'/projects/{id}/tasks/{task}/effort': {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/** Log time one spent on a task */
		post: operations['logEffort'];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	'/elections': {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/** Every election (open ones first) with its role, seats, phase and scope */
		get: operations['listElections'];
		put?: never;
		post?: never;
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	'/elections/{id}': {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/** One election: candidates, phase and, after the close, the whole count */
		get: operations['getElection'];
		put?: never;
		post?: never;
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	'/mandates': {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/**
		 * Who holds each role of a scope now, and until when
		 * @description Who holds each role of a scope now, and until when. `scope` is a scope’s `ref` (as decisions and elections give it): `organisation`, `chapter:<id>`, `committee:<id>` or `project:<id>`; a scope the caller may not see (a committee that shows its members only to them, a hidden project) is a 404. `role` narrows to one role (`facilitator`).
		 */
		get: operations['listMandates'];
		put?: never;
		post?: never;
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
}
export type webhooks = Record<string, never>;
export interface components {
	schemas: {
		Problem: {
			/** Format: uri */
			type: string;
			title: string;
			/** @enum {number} */
			status: 400 | 401 | 403 | 404 | 405 | 409 | 410 | 412 | 413 | 415 | 429 | 500;
			detail: string;
			instance?: string;
			errors?: {
				[key: string]: string;
			};
		};
		Byline: {
			handle: string;
			name: string;
		};
		Scope: {
			/** @description `organisation`, or `chapter:<id>`, `committee:<id>`, `project:<id>` */
			ref: string;
			kind: string;
			name: string;
			/** @description Its page, when it has one the caller may open. */
			url: string | null;
		};
		CountReport: {
			/** @enum {string} */
			method:
				| 'threshold'
				| 'consent'
				| 'approval'
				| 'score'
				| 'borda'
				| 'irv'
				| 'schulze'
				| 'ranked-pairs'
				| 'stv-meek'
				| 'stv-scottish'
				| 'stv-gregory';
			seats: number;
			seed: string;
			totalBallots: number;
			winners: string[];
			rounds: unknown[];
			ties: unknown[];
		} & {
			[key: string]: unknown;
		};
		Created: {
			id: number;
			/** Format: uri */
			url: string;
		};
		MemberList: {
			members: {
				handle: string;
				name: string;
				country: string;
				city: string | null;
				languages: string[];
			}[];
			/** @description Pass as `after` for the next page; null on the last. */
			next: number | null;
		};
		Member: {
			handle: string;
			/** @description In full for members; for a visitor, as the member chose to show it. */
			name: string;
			country: string;
			city: string | null;
			languages: string[];
			bio: string;
			/** @enum {string} */
			tier: 'friend' | 'interim' | 'member';
			/** Format: date-time */
			memberSince: string;
			avatar: string | null;
			/** Format: uri */
			url: string;
		};
		ChapterListed: {
			id: number;
			parentId: number | null;
			kind: string;
			slug: string;
			name: string;
			country: string | null;
			city: string | null;
			members: number;
			active: number;
			isActive: boolean;
		};
		ChapterList: {
			chapters: components['schemas']['ChapterListed'][];
			activeThreshold: number;
			/** @description Pass as `cursor` for the next page; null on the last. */
			next: string | null;
		};
		QualifyingChapterList: {
			chapters: {
				id: number;
				slug: string;
				name: string;
				country: string;
			}[];
			/** @description Pass as `cursor` for the next page; null on the last. */
			next: string | null;
		};
		Chapter: {
			chapter: {
				id: number;
				kind: string;
				slug: string;
				name: string;
				country: string | null;
				city: string | null;
				description: string;
				/** Format: date-time */
				createdAt: string;
			};
			parent: {
				slug: string;
				name: string;
				kind: string;
				country: string | null;
			} | null;
			children: {
				slug: string;
				name: string;
				kind: string;
				country: string | null;
				id: number;
			}[];
			stats: {
				members: number;
				active: number;
				joinedLast90Days: number;
				isActive: boolean;
				activeThreshold: number;
				growth: {
					year: number;
					joined: number;
					total: number;
				}[];
			};
			members: {
				handle: string;
				name: string;
				city: string | null;
			}[];
			facilitators: {
				handle: string;
				name: string;
				/** Format: date-time */
				startsAt: string;
				endsAt: string | null;
			}[];
		};
		Glance: {
			members: number;
			activeMembers: number;
			countries: number;
			continents: number;
			byCountry: {
				country: string;
				members: number;
			}[];
			growth: {
				year: number;
				joined: number;
				total: number;
			}[];
			chapters: number;
			activeChapters: number;
			activeThreshold: number;
			gender: {
				groups: {
					key: string;
					members: number;
				}[];
				/** @description Some group is too small to show. */
				hidden: boolean;
			};
			ageBand: {
				groups: {
					key: string;
					members: number;
				}[];
				/** @description Some group is too small to show. */
				hidden: boolean;
			};
			readiness: {
				preconditions: {
					minChapters: number;
					minWomenShare: number;
					minCountries: number;
					minContinents: number;
				};
				chapters: number;
				countries: number;
				continents: number;
				met: {
					chapters: boolean;
					countries: boolean;
					continents: boolean;
					all: boolean;
				};
			};
		};
		PostList: {
			posts: {
				id: number;
				kind: string;
				title: string;
				excerpt: string;
				language: string;
				tags: string[];
				visibility: string;
				publishedAt: string | null;
				/** Format: date-time */
				updatedAt: string;
				author: components['schemas']['Byline'];
				chapter: {
					name: string | null;
					slug: string | null;
				} | null;
				/** Format: uri */
				url: string;
			}[];
			/** @description Pass as `cursor` for the next page; null on the last. */
			next: string | null;
		};
		Post: {
			id: number;
			kind: string;
			/** @enum {string} */
			status: 'draft' | 'published';
			title: string;
			/** @description Markdown; empty when a jury hid the post (but for its author). */
			body: string;
			language: string;
			tags: string[];
			visibility: string;
			publishedAt: string | null;
			/** Format: date-time */
			updatedAt: string;
			hidden: boolean;
			author: components['schemas']['Byline'];
			chapter: {
				name: string | null;
				slug: string | null;
			} | null;
			/** Format: uri */
			url: string;
		};
		CommentPage: {
			total: number;
			comments: {
				id: number;
				parentId: number | null;
				depth: number;
				author: components['schemas']['Byline'];
				/** @description Null when deleted or hidden by a jury. */
				html: string | null;
				/** Format: date-time */
				createdAt: string;
				editedAt: string | null;
				deleted: boolean;
				hidden: boolean;
			}[];
			/** @description Pass as `cursor` for the next page; null on the last. */
			next: string | null;
		};
		Thread: {
			id: number;
			title: string;
			body: string;
			language: string;
			pinned: boolean;
			locked: boolean;
			commentCount: number;
			/** Format: date-time */
			createdAt: string;
			hidden: boolean;
			author: components['schemas']['Byline'];
			category: {
				slug: string;
				name: string;
			};
			/** Format: uri */
			url: string;
		};
		DecisionList: {
			decisions: {
				id: number;
				/** Format: uri */
				url: string;
				title: string;
				summary: string;
				scope: components['schemas']['Scope'] | null;
				phase: string;
				stage: string | null;
				outcome: string | null;
				ballotType: string;
				method: string;
				secret: boolean;
				dates: {
					/** Format: date-time */
					createdAt?: string;
					discussionEndsAt: string | null;
					amendmentsEndAt: string | null;
					votingEndsAt: string | null;
					closedAt: string | null;
				};
				minorityReports: number;
				revisitOf: number | null;
			}[];
			/** @description Pass as `before` for the next page; null on the last. */
			next: number | null;
		};
		Decision: {
			id: number;
			/** Format: uri */
			url: string;
			title: string;
			summary: string;
			/** @description The text (Markdown) of the current version. */
			body: string;
			version: number;
			language: string;
			scope: components['schemas']['Scope'] | null;
			affectedGroups: components['schemas']['Scope'][];
			authors: {
				handle: string;
				name: string;
				/** Format: uri */
				url: string;
			}[];
			phase: string;
			stage: string | null;
			outcome: string | null;
			outcomeStatement: string | null;
			ballotType: string;
			method: string;
			weighting: string;
			secret: boolean;
			/** @description Cast with blind-signed credentials. */
			unlinkable: boolean;
			resultsHiddenUntilClose: boolean;
			rules: {
				threshold: {
					numerator: number;
					denominator: number;
					inclusive: boolean;
				};
				quorum: {
					numerator: number;
					denominator: number;
				} | null;
				maxBlocks: number;
				groupFactor: number;
				stakeLevels: number;
				scoreMax: number;
				minorityReportDays: number;
				revisitPercent: number;
			};
			dates: {
				/** Format: date-time */
				createdAt?: string;
				discussionEndsAt: string | null;
				amendmentsEndAt: string | null;
				votingEndsAt: string | null;
				closedAt: string | null;
			};
			options: {
				id: string;
				label: string;
			}[];
			turnout: {
				ballots: number;
				eligible: number;
				quorumRequired: number | null;
			} | null;
			/** @description Absent (null) until the caller may see it. */
			result: {
				/** @description Counted now, while voting (false: stored at the close). */
				live: boolean;
				outcome: string | null;
				winner: {
					id: string;
					label: string;
				} | null;
				turnout: number;
				quorumRequired: number | null;
				raw: components['schemas']['CountReport'];
				weighted: components['schemas']['CountReport'];
			} | null;
			/** @description The published ballots, for a recount, once closed. */
			files: {
				/** Format: uri */
				json: string;
				blt: string | null;
			} | null;
			revisitOf: number | null;
			follows: number | null;
		};
		AmendmentList: {
			decision: {
				id: number;
				/** Format: uri */
				url: string;
				phase: string;
				version: number;
				amendmentsOpen: boolean;
			};
			amendments: {
				id: number;
				/** @enum {string} */
				status:
					| 'open'
					| 'voting'
					| 'accepted'
					| 'carried'
					| 'defeated'
					| 'conflicted'
					| 'withdrawn'
					| 'lapsed';
				reason: string;
				/** @description The whole text as the amendment would have it (Markdown). */
				body: string;
				/** @description The version of the text it was written for. */
				baseVersion: number;
				/** @description The version it made, once applied. */
				appliedVersion: number | null;
				/** Format: date-time */
				createdAt: string;
				author: {
					handle: string;
					name: string;
					/** @description Their profile, when it opens for the caller. */
					url: string | null;
				};
				/** @description Words added and removed. */
				changes: {
					added: number;
					removed: number;
				};
				/** @description Weighted votes, once the amendment is put to a vote; null before. */
				votes: {
					yes: number;
					no: number;
					abstain: number;
				} | null;
			}[];
		};
		DecisionResults: {
			id: number;
			/** Format: uri */
			url: string;
			title: string;
			outcome: ('passes' | 'fails' | 'blocked' | 'no-quorum' | 'chosen') | null;
			outcomeStatement: string | null;
			/** Format: date-time */
			closedAt: string;
			method: string;
			weighting: string;
			options: {
				id: string;
				label: string;
			}[];
			winner: {
				id: string;
				label: string;
			} | null;
			turnout: {
				ballots: number;
				eligible: number;
				quorumRequired: number | null;
			};
			raw: components['schemas']['CountReport'];
			weighted: components['schemas']['CountReport'];
			/** @description The rows of results.csv (count, round, option, measure, against, value, exact, place): weighted rows only where ballots are weighted. */
			figures: {
				/** @enum {string} */
				count: 'raw' | 'weighted';
				round: number | null;
				option: string | null;
				measure: string;
				against: string | null;
				value: number;
				exact: string;
				place: number | null;
			}[];
			files: {
				/** Format: uri */
				json: string;
				blt: string | null;
				/** Format: uri */
				csv: string;
			};
		};
		Numbered: {
			id: number;
		};
		BallotCast: {
			/** @description A secret ballot’s receipt, shown only this once. */
			receipt: string | null;
			weight: number;
			changed: boolean;
		};
		ProjectList: {
			projects: {
				id: number;
				title: string;
				needs: string;
				/** @enum {string} */
				status: 'proposed' | 'active' | 'completed' | 'archived';
				visibility: string;
				language: string;
				/** Format: date-time */
				createdAt: string;
				chapterName: string | null;
				chapterSlug: string | null;
				memberCount: number;
				openTasks: number;
				excerpt: string;
				/** Format: starts_with */
				url: string;
			}[];
			/** @description Pass as `before` for the next page; null on the last. */
			next: number | null;
		};
		Project: {
			project: {
				id: number;
				title: string;
				goals: string;
				needs: string;
				chapterId: number | null;
				visibility: string;
				/** @enum {string} */
				status: 'proposed' | 'active' | 'completed' | 'archived';
				language: string;
				proposedBy: number;
				/** Format: date-time */
				createdAt: string;
				/** Format: date-time */
				updatedAt: string;
				/** Format: starts_with */
				url: string;
			};
			chapter: {
				id: number;
				name: string;
				slug: string;
			} | null;
			members: {
				id: number;
				handle: string | null;
				name: string | null;
				role: string;
				/** Format: date-time */
				roleSince: string;
				/** Format: date-time */
				joinedAt: string;
				willingOnerous: boolean;
			}[];
			tasks: {
				id: number;
				title: string;
				estimateMinutes: number;
				skills: string[];
				dueOn: string | null;
				language: string;
				remote: boolean;
				place: string;
				/** @enum {string} */
				status: 'open' | 'claimed' | 'done';
				/** @description Median rating of how empowering, 10–50. */
				empowerTenths: number | null;
				/** @description Median rating of how onerous, 10–50. */
				onerousTenths: number | null;
				ratingCount: number;
				assignee: {
					handle: string | null;
					name: string | null;
					id: number;
				} | null;
				mine: boolean;
				/** Format: starts_with */
				url: string;
			}[];
			balance: {
				rows: {
					memberId: number;
					minutes: number;
					effort: number;
					onerous: number;
					empowering: number;
					effortShare: number;
					onerousShare: number;
					empoweringShare: number;
					person: {
						id: number;
						handle: string | null;
						name: string | null;
						role: string;
						/** Format: date-time */
						roleSince: string;
						/** Format: date-time */
						joinedAt: string;
						willingOnerous: boolean;
					};
					recognisedMinutes: number;
				}[];
				onerousGini: number;
				empoweringGini: number;
				/** @enum {string} */
				level: 'balanced' | 'uneven' | 'lopsided';
				totalMinutes: number;
				formerMinutes: number;
			};
			suggestion: {
				task: {
					id: number;
					title: string;
					/** Format: starts_with */
					url: string;
				} | null;
				member: {
					id: number;
					handle: string | null;
					name: string | null;
					role: string;
					/** Format: date-time */
					roleSince: string;
					/** Format: date-time */
					joinedAt: string;
					willingOnerous: boolean;
				} | null;
			};
			updates: {
				id: number;
				title: string;
				language: string;
				publishedAt: string | null;
				handle: string;
				displayName: string;
				excerpt: string;
				/** Format: starts_with */
				url: string;
			}[];
		};
		TaskList: {
			project: {
				id: number;
				title: string;
				/** Format: uri */
				url: string;
			};
			tasks: {
				id: number;
				title: string;
				estimateMinutes: number;
				skills: string[];
				dueOn: string | null;
				language: string;
				remote: boolean;
				place: string;
				/** @enum {string} */
				status: 'open' | 'claimed' | 'done';
				/** @description Median rating of how empowering, 10–50. */
				empowerTenths: number | null;
				/** @description Median rating of how onerous, 10–50. */
				onerousTenths: number | null;
				ratingCount: number;
				/** @description Markdown. */
				description: string;
				assignee: {
					handle: string | null;
					name: string | null;
				} | null;
				/** Format: date-time */
				createdAt: string;
				completedAt: string | null;
				/** Format: uri */
				url: string;
			}[];
			/** @description Pass as `after` for the next page; null on the last. */
			next: number | null;
		};
		Claimed: {
			/** Format: uri */
			url: string;
		};
		ElectionList: {
			elections: {
				id: number;
				role: string;
				seats: number;
				/** @enum {string} */
				phase: 'nominations' | 'voting' | 'closed';
				/** Format: date-time */
				nominationsEndAt: string;
				/** Format: date-time */
				votingEndsAt: string;
				scope: components['schemas']['Scope'];
				/** Format: starts_with */
				url: string;
			}[];
		};
		Election: {
			election: {
				id: number;
				role: string;
				seats: number;
				/** @enum {string} */
				method: 'meek' | 'scottish' | 'gregory' | 'irv' | 'yes-no';
				/** @enum {string} */
				phase: 'nominations' | 'voting' | 'closed';
				/** Format: date-time */
				nominationsEndAt: string;
				/** Format: date-time */
				votingEndsAt: string;
				countedAt: string | null;
				/** @description The balance rule (a least share of a gender among those elected). */
				balance: {
					/** @constant */
					attribute: 'gender';
					value: string;
					minShare: number;
				} | null;
				unlinkable: boolean;
				seed: string | null;
			};
			role: {
				termMonths: number;
				rights: string[];
			} | null;
			scope: components['schemas']['Scope'];
			candidates: {
				id: number;
				memberId: number;
				person: {
					handle: string;
					name: string;
					profile: boolean;
				};
				statement: string;
				consented: boolean;
				withdrawn: boolean;
				nominatedBySelf: boolean;
				nominator: {
					handle: string;
					name: string;
					profile: boolean;
				} | null;
			}[];
			ballots: number;
			/** @description The whole count, once closed (candidacy ids; `labels` names them). */
			result:
				| ({
						/** @enum {string} */
						method: 'meek' | 'scottish' | 'gregory' | 'irv' | 'yes-no';
						seats: number;
						seed: string;
						candidates: string[];
						ballots: number;
						electorate: number;
						report: {
							[key: string]: unknown;
						} | null;
						balance: {
							[key: string]: unknown;
						} | null;
						elected: string[];
						reserves: string[];
				  } & {
						[key: string]: unknown;
				  })
				| null;
			labels: {
				[key: string]: string;
			};
		};
		MandateList: {
			scope: components['schemas']['Scope'];
			mandates: {
				id: number;
				role: string;
				holder: {
					handle: string;
					name: string;
					/** @description Their profile, when it opens for the caller. */
					url: string | null;
				};
				/** Format: date-time */
				startsAt: string;
				/** @description When the term ends; null: open-ended. */
				endsAt: string | null;
				/** @description The election that filled it, if one did. */
				election: string | null;
				/** @description A recall petition under way, if any. */
				recall: {
					status: string;
					signatures: number;
					threshold: number;
					decision: string | null;
				} | null;
			}[];
		};
	};
	responses: never;
	parameters: never;
	requestBodies: never;
	headers: never;
	pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
	listMembers: {
		parameters: {
			query?: {
				q?: string;
				country?: string;
				language?: string;
				chapter?: string;
				after?: number;
				limit?: number;
			};
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description OK. */
			200: {
				headers: {
					/** @description Send it back in If-None-Match. */
					ETag?: string;
					[name: string]: unknown;
				};
				content: {
					'application/json': components['schemas']['MemberList'];
				};
			};
			/** @description Not modified since the ETag sent. */
			304: {
				headers: {
					[name: string]: unknown;
				};
				content?: never;
			};
			/** @description Bad input: `errors` names each field and what is wrong with it. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description No token where one is needed, or a token that does not work. */
			401: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The token lacks the scope, or the member may not do this. */
			403: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Not there, or not visible to the caller. */
			404: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Too many requests: wait the seconds in Retry-After. */
			429: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
		};
	};
	getMember: {
		parameters: {
			query?: never;
			header?: never;
			path: {
				/** @description The member’s user name (what follows the @ in their address). */
				handle: string;
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description OK. */
			200: {
				headers: {
					/** @description Send it back in If-None-Match. */
					ETag?: string;
					[name: string]: unknown;
				};
				content: {
					'application/json': components['schemas']['Member'];
				};
			};
			/** @description Not modified since the ETag sent. */
			304: {
				headers: {
					[name: string]: unknown;
				};
				content?: never;
			};
			/** @description Bad input: `errors` names each field and what is wrong with it. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description No token where one is needed, or a token that does not work. */
			401: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The token lacks the scope, or the member may not do this. */
			403: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Not there, or not visible to the caller. */
			404: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Too many requests: wait the seconds in Retry-After. */
			429: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
		};
	};
	listChapters: {
		parameters: {
			query?: {
				/** @description The `next` of the previous page of chapters; absent for the first page. */
				cursor?: string;
			};
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description OK. */
			200: {
				headers: {
					/** @description Send it back in If-None-Match. */
					ETag?: string;
					[name: string]: unknown;
				};
				content: {
					'application/json': components['schemas']['ChapterList'];
				};
			};
			/** @description Not modified since the ETag sent. */
			304: {
				headers: {
					[name: string]: unknown;
				};
				content?: never;
			};
			/** @description Bad input: `errors` names each field and what is wrong with it. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description No token where one is needed, or a token that does not work. */
			401: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The token lacks the scope, or the member may not do this. */
			403: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Not there, or not visible to the caller. */
			404: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Too many requests: wait the seconds in Retry-After. */
			429: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
		};
	};
	getChapter: {
		parameters: {
			query?: never;
			header?: never;
			path: {
				/** @description The chapter’s short name, as in its address. */
				slug: string;
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description OK. */
			200: {
				headers: {
					/** @description Send it back in If-None-Match. */
					ETag?: string;
					[name: string]: unknown;
				};
				content: {
					'application/json': components['schemas']['Chapter'];
				};
			};
			/** @description Not modified since the ETag sent. */
			304: {
				headers: {
					[name: string]: unknown;
				};
				content?: never;
			};
			/** @description Bad input: `errors` names each field and what is wrong with it. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description No token where one is needed, or a token that does not work. */
			401: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The token lacks the scope, or the member may not do this. */
			403: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Not there, or not visible to the caller. */
			404: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Too many requests: wait the seconds in Retry-After. */
			429: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
		};
	};
	getGlance: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description OK. */
			200: {
				headers: {
					/** @description Send it back in If-None-Match. */
					ETag?: string;
					[name: string]: unknown;
				};
				content: {
					'application/json': components['schemas']['Glance'];
				};
			};
			/** @description Not modified since the ETag sent. */
			304: {
				headers: {
					[name: string]: unknown;
				};
				content?: never;
			};
			/** @description Bad input: `errors` names each field and what is wrong with it. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description No token where one is needed, or a token that does not work. */
			401: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The token lacks the scope, or the member may not do this. */
			403: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Not there, or not visible to the caller. */
			404: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Too many requests: wait the seconds in Retry-After. */
			429: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
		};
	};
	listQualifyingChapters: {
		parameters: {
			query?: {
				/** @description The `next` of the previous page of chapters; absent for the first page. */
				cursor?: string;
			};
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description OK. */
			200: {
				headers: {
					/** @description Send it back in If-None-Match. */
					ETag?: string;
					[name: string]: unknown;
				};
				content: {
					'application/json': components['schemas']['QualifyingChapterList'];
				};
			};
			/** @description Not modified since the ETag sent. */
			304: {
				headers: {
					[name: string]: unknown;
				};
				content?: never;
			};
			/** @description Bad input: `errors` names each field and what is wrong with it. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description No token where one is needed, or a token that does not work. */
			401: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The token lacks the scope, or the member may not do this. */
			403: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Not there, or not visible to the caller. */
			404: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Too many requests: wait the seconds in Retry-After. */
			429: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
		};
	};
	listPosts: {
		parameters: {
			query?: {
				/** @description The `next` of the previous page of posts; absent for the first page. */
				cursor?: string;
				kind?: 'blog' | 'chapter' | 'organisation';
			};
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description OK. */
			200: {
				headers: {
					/** @description Send it back in If-None-Match. */
					ETag?: string;
					[name: string]: unknown;
				};
				content: {
					'application/json': components['schemas']['PostList'];
				};
			};
			/** @description Not modified since the ETag sent. */
			304: {
				headers: {
					[name: string]: unknown;
				};
				content?: never;
			};
			/** @description Bad input: `errors` names each field and what is wrong with it. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description No token where one is needed, or a token that does not work. */
			401: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The token lacks the scope, or the member may not do this. */
			403: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Not there, or not visible to the caller. */
			404: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Too many requests: wait the seconds in Retry-After. */
			429: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
		};
	};
	createPost: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				'application/json': {
					title: string;
					body: string;
					/** @default en */
					language?: string;
					/** @default  */
					tags?: string;
					/** @enum {string} */
					visibility: 'public' | 'members' | 'chapter';
					/**
					 * @default blog
					 * @enum {string}
					 */
					kind?: 'blog' | 'chapter' | 'organisation';
					chapterId?: number | '';
					/** @default false */
					publish?: boolean;
				};
			};
		};
		responses: {
			/** @description Created. */
			201: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/json': components['schemas']['Created'];
				};
			};
			/** @description Bad input: `errors` names each field and what is wrong with it. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description No token where one is needed, or a token that does not work. */
			401: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The token lacks the scope, or the member may not do this. */
			403: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Not there, or not visible to the caller. */
			404: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The state does not allow it (closed, already done). */
			409: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The body is larger than 512 KiB. */
			413: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The body is not application/json. */
			415: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Too many requests: wait the seconds in Retry-After. */
			429: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
		};
	};
	getPost: {
		parameters: {
			query?: never;
			header?: never;
			path: {
				/** @description The post's number (the digits at the start of its address). */
				id: string;
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description OK. */
			200: {
				headers: {
					/** @description Send it back in If-None-Match. */
					ETag?: string;
					[name: string]: unknown;
				};
				content: {
					'application/json': components['schemas']['Post'];
				};
			};
			/** @description Not modified since the ETag sent. */
			304: {
				headers: {
					[name: string]: unknown;
				};
				content?: never;
			};
			/** @description Bad input: `errors` names each field and what is wrong with it. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description No token where one is needed, or a token that does not work. */
			401: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The token lacks the scope, or the member may not do this. */
			403: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Not there, or not visible to the caller. */
			404: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Too many requests: wait the seconds in Retry-After. */
			429: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
		};
	};
	listPostComments: {
		parameters: {
			query?: {
				/** @description The `next` of the previous page of comments; absent for the first page. */
				cursor?: string;
			};
			header?: never;
			path: {
				/** @description The post's number (the digits at the start of its address). */
				id: string;
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description OK. */
			200: {
				headers: {
					/** @description Send it back in If-None-Match. */
					ETag?: string;
					[name: string]: unknown;
				};
				content: {
					'application/json': components['schemas']['CommentPage'];
				};
			};
			/** @description Not modified since the ETag sent. */
			304: {
				headers: {
					[name: string]: unknown;
				};
				content?: never;
			};
			/** @description Bad input: `errors` names each field and what is wrong with it. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description No token where one is needed, or a token that does not work. */
			401: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The token lacks the scope, or the member may not do this. */
			403: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Not there, or not visible to the caller. */
			404: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Too many requests: wait the seconds in Retry-After. */
			429: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
		};
	};
	createPostComment: {
		parameters: {
			query?: never;
			header?: never;
			path: {
				/** @description The post's number (the digits at the start of its address). */
				id: string;
			};
			cookie?: never;
		};
		requestBody: {
			content: {
				'application/json': {
					body: string;
					parentId?: number | '';
					quotedId?: number | '';
				};
			};
		};
		responses: {
			/** @description Created. */
			201: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/json': components['schemas']['Created'];
				};
			};
			/** @description Bad input: `errors` names each field and what is wrong with it. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description No token where one is needed, or a token that does not work. */
			401: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The token lacks the scope, or the member may not do this. */
			403: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Not there, or not visible to the caller. */
			404: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The state does not allow it (closed, already done). */
			409: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The body is larger than 512 KiB. */
			413: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The body is not application/json. */
			415: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Too many requests: wait the seconds in Retry-After. */
			429: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
		};
	};
	getThread: {
		parameters: {
			query?: never;
			header?: never;
			path: {
				/** @description The thread's number (the digits at the start of its address). */
				id: string;
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description OK. */
			200: {
				headers: {
					/** @description Send it back in If-None-Match. */
					ETag?: string;
					[name: string]: unknown;
				};
				content: {
					'application/json': components['schemas']['Thread'];
				};
			};
			/** @description Not modified since the ETag sent. */
			304: {
				headers: {
					[name: string]: unknown;
				};
				content?: never;
			};
			/** @description Bad input: `errors` names each field and what is wrong with it. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description No token where one is needed, or a token that does not work. */
			401: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The token lacks the scope, or the member may not do this. */
			403: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Not there, or not visible to the caller. */
			404: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Too many requests: wait the seconds in Retry-After. */
			429: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
		};
	};
	listThreadComments: {
		parameters: {
			query?: {
				/** @description The `next` of the previous page of comments; absent for the first page. */
				cursor?: string;
			};
			header?: never;
			path: {
				/** @description The thread's number (the digits at the start of its address). */
				id: string;
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description OK. */
			200: {
				headers: {
					/** @description Send it back in If-None-Match. */
					ETag?: string;
					[name: string]: unknown;
				};
				content: {
					'application/json': components['schemas']['CommentPage'];
				};
			};
			/** @description Not modified since the ETag sent. */
			304: {
				headers: {
					[name: string]: unknown;
				};
				content?: never;
			};
			/** @description Bad input: `errors` names each field and what is wrong with it. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description No token where one is needed, or a token that does not work. */
			401: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The token lacks the scope, or the member may not do this. */
			403: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Not there, or not visible to the caller. */
			404: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Too many requests: wait the seconds in Retry-After. */
			429: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
		};
	};
	createThreadComment: {
		parameters: {
			query?: never;
			header?: never;
			path: {
				/** @description The thread's number (the digits at the start of its address). */
				id: string;
			};
			cookie?: never;
		};
		requestBody: {
			content: {
				'application/json': {
					body: string;
					parentId?: number | '';
					quotedId?: number | '';
				};
			};
		};
		responses: {
			/** @description Created. */
			201: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/json': components['schemas']['Created'];
				};
			};
			/** @description Bad input: `errors` names each field and what is wrong with it. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description No token where one is needed, or a token that does not work. */
			401: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The token lacks the scope, or the member may not do this. */
			403: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Not there, or not visible to the caller. */
			404: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The state does not allow it (closed, already done). */
			409: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The body is larger than 512 KiB. */
			413: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The body is not application/json. */
			415: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Too many requests: wait the seconds in Retry-After. */
			429: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
		};
	};
	listDecisions: {
		parameters: {
			query?: {
				q?: string;
				phase?: 'draft' | 'discussion' | 'amendments' | 'voting' | 'closed';
				scope?: string;
				outcome?: 'passes' | 'fails' | 'blocked' | 'no-quorum' | 'chosen';
				before?: number;
			};
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description OK. */
			200: {
				headers: {
					/** @description Send it back in If-None-Match. */
					ETag?: string;
					[name: string]: unknown;
				};
				content: {
					'application/json': components['schemas']['DecisionList'];
				};
			};
			/** @description Not modified since the ETag sent. */
			304: {
				headers: {
					[name: string]: unknown;
				};
				content?: never;
			};
			/** @description Bad input: `errors` names each field and what is wrong with it. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description No token where one is needed, or a token that does not work. */
			401: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The token lacks the scope, or the member may not do this. */
			403: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Not there, or not visible to the caller. */
			404: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Too many requests: wait the seconds in Retry-After. */
			429: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
		};
	};
	createDecision: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				'application/json': {
					title: string;
					/** @default  */
					summary?: string;
					body: string;
					/** @default  */
					note?: string;
					/** @default en */
					language?: string;
					scope: string;
					/** @default [] */
					affected?: string[];
					/** @enum {string} */
					ballotType: 'motion' | 'consent' | 'choice';
					/**
					 * @default schulze
					 * @enum {string}
					 */
					method?: 'schulze' | 'irv' | 'ranked-pairs' | 'approval' | 'score' | 'borda';
					/** @default  */
					options?: string;
					/**
					 * @default equal
					 * @enum {string}
					 */
					weighting?: 'equal' | 'group' | 'stake';
					/** @default 2 */
					groupFactor?: number;
					groupStake?: number;
					/** @default 5 */
					stakeLevels?: number;
					secret?: 'on' | 'true' | '' | boolean;
					unlinkable?: 'on' | 'true' | '' | boolean;
					hideResults?: 'on' | 'true' | '' | boolean;
					/**
					 * @default majority
					 * @enum {string}
					 */
					threshold?: 'majority' | 'two-thirds' | 'three-quarters';
					/** @default 0 */
					quorumPercent?: number;
					/** @default 0 */
					maxBlocks?: number;
					/** @default 7 */
					discussionDays?: number;
					/** @default 3 */
					amendmentDays?: number;
					/** @default 7 */
					votingDays?: number;
					/** @default 14 */
					minorityReportDays?: number;
					/** @default 10 */
					revisitPercent?: number;
					/**
					 * @default standard
					 * @enum {string}
					 */
					template?: 'standard' | 'compromise-runoff';
				};
			};
		};
		responses: {
			/** @description Created. */
			201: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/json': components['schemas']['Created'];
				};
			};
			/** @description Bad input: `errors` names each field and what is wrong with it. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description No token where one is needed, or a token that does not work. */
			401: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The token lacks the scope, or the member may not do this. */
			403: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Not there, or not visible to the caller. */
			404: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The state does not allow it (closed, already done). */
			409: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The body is larger than 512 KiB. */
			413: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The body is not application/json. */
			415: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Too many requests: wait the seconds in Retry-After. */
			429: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
		};
	};
	getDecision: {
		parameters: {
			query?: never;
			header?: never;
			path: {
				/** @description The decision's number (the digits at the start of its address). */
				id: string;
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description OK. */
			200: {
				headers: {
					/** @description Send it back in If-None-Match. */
					ETag?: string;
					[name: string]: unknown;
				};
				content: {
					'application/json': components['schemas']['Decision'];
				};
			};
			/** @description Not modified since the ETag sent. */
			304: {
				headers: {
					[name: string]: unknown;
				};
				content?: never;
			};
			/** @description Bad input: `errors` names each field and what is wrong with it. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description No token where one is needed, or a token that does not work. */
			401: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The token lacks the scope, or the member may not do this. */
			403: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Not there, or not visible to the caller. */
			404: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Too many requests: wait the seconds in Retry-After. */
			429: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
		};
	};
	getDecisionResults: {
		parameters: {
			query?: never;
			header?: never;
			path: {
				/** @description The decision's number (the digits at the start of its address). */
				id: string;
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description OK. */
			200: {
				headers: {
					/** @description Send it back in If-None-Match. */
					ETag?: string;
					[name: string]: unknown;
				};
				content: {
					'application/json': components['schemas']['DecisionResults'];
				};
			};
			/** @description Not modified since the ETag sent. */
			304: {
				headers: {
					[name: string]: unknown;
				};
				content?: never;
			};
			/** @description Bad input: `errors` names each field and what is wrong with it. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description No token where one is needed, or a token that does not work. */
			401: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The token lacks the scope, or the member may not do this. */
			403: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Not there, or not visible to the caller. */
			404: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The decision is not closed: there is no result yet. */
			409: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Too many requests: wait the seconds in Retry-After. */
			429: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
		};
	};
	listAmendments: {
		parameters: {
			query?: never;
			header?: never;
			path: {
				/** @description The decision's number (the digits at the start of its address). */
				id: string;
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description OK. */
			200: {
				headers: {
					/** @description Send it back in If-None-Match. */
					ETag?: string;
					[name: string]: unknown;
				};
				content: {
					'application/json': components['schemas']['AmendmentList'];
				};
			};
			/** @description Not modified since the ETag sent. */
			304: {
				headers: {
					[name: string]: unknown;
				};
				content?: never;
			};
			/** @description Bad input: `errors` names each field and what is wrong with it. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description No token where one is needed, or a token that does not work. */
			401: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The token lacks the scope, or the member may not do this. */
			403: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Not there, or not visible to the caller. */
			404: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Too many requests: wait the seconds in Retry-After. */
			429: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
		};
	};
	proposeAmendment: {
		parameters: {
			query?: never;
			header?: never;
			path: {
				/** @description The decision's number (the digits at the start of its address). */
				id: string;
			};
			cookie?: never;
		};
		requestBody: {
			content: {
				'application/json': {
					body: string;
					reason: string;
				};
			};
		};
		responses: {
			/** @description Created. */
			201: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/json': components['schemas']['Numbered'];
				};
			};
			/** @description Bad input: `errors` names each field and what is wrong with it. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description No token where one is needed, or a token that does not work. */
			401: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The token lacks the scope, or the member may not do this. */
			403: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Not there, or not visible to the caller. */
			404: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The state does not allow it (closed, already done). */
			409: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The body is larger than 512 KiB. */
			413: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The body is not application/json. */
			415: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Too many requests: wait the seconds in Retry-After. */
			429: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
		};
	};
	submitDecision: {
		parameters: {
			query?: never;
			header?: never;
			path: {
				/** @description The decision's number (the digits at the start of its address). */
				id: string;
			};
			cookie?: never;
		};
		requestBody?: {
			content: {
				'application/json': Record<string, never>;
			};
		};
		responses: {
			/** @description OK. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/json': components['schemas']['Numbered'];
				};
			};
			/** @description Bad input: `errors` names each field and what is wrong with it. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description No token where one is needed, or a token that does not work. */
			401: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The token lacks the scope, or the member may not do this. */
			403: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Not there, or not visible to the caller. */
			404: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The state does not allow it (closed, already done). */
			409: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The body is larger than 512 KiB. */
			413: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The body is not application/json. */
			415: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Too many requests: wait the seconds in Retry-After. */
			429: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
		};
	};
	castBallot: {
		parameters: {
			query?: never;
			header?: never;
			path: {
				/** @description The decision's number (the digits at the start of its address). */
				id: string;
			};
			cookie?: never;
		};
		requestBody: {
			content: {
				'application/json': {
					/** @enum {string} */
					vote?: 'yes' | 'no' | 'abstain' | 'agree' | 'disagree' | 'block';
					approve?: string[];
					reason?: string;
					confirmEmpty?: boolean;
				} & {
					[key: string]: string | number;
				};
			};
		};
		responses: {
			/** @description OK. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/json': components['schemas']['BallotCast'];
				};
			};
			/** @description Bad input: `errors` names each field and what is wrong with it. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description No token where one is needed, or a token that does not work. */
			401: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The token lacks the scope, or the member may not do this. */
			403: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Not there, or not visible to the caller. */
			404: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The state does not allow it (closed, already done). */
			409: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The body is larger than 512 KiB. */
			413: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The body is not application/json. */
			415: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Too many requests: wait the seconds in Retry-After. */
			429: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
		};
	};
	listProjects: {
		parameters: {
			query?: {
				status?: 'proposed' | 'active' | 'completed' | 'archived';
				before?: string;
			};
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description OK. */
			200: {
				headers: {
					/** @description Send it back in If-None-Match. */
					ETag?: string;
					[name: string]: unknown;
				};
				content: {
					'application/json': components['schemas']['ProjectList'];
				};
			};
			/** @description Not modified since the ETag sent. */
			304: {
				headers: {
					[name: string]: unknown;
				};
				content?: never;
			};
			/** @description Bad input: `errors` names each field and what is wrong with it. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description No token where one is needed, or a token that does not work. */
			401: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The token lacks the scope, or the member may not do this. */
			403: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Not there, or not visible to the caller. */
			404: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Too many requests: wait the seconds in Retry-After. */
			429: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
		};
	};
	getProject: {
		parameters: {
			query?: never;
			header?: never;
			path: {
				/** @description The project's number (the digits at the start of its address). */
				id: string;
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description OK. */
			200: {
				headers: {
					/** @description Send it back in If-None-Match. */
					ETag?: string;
					[name: string]: unknown;
				};
				content: {
					'application/json': components['schemas']['Project'];
				};
			};
			/** @description Not modified since the ETag sent. */
			304: {
				headers: {
					[name: string]: unknown;
				};
				content?: never;
			};
			/** @description Bad input: `errors` names each field and what is wrong with it. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description No token where one is needed, or a token that does not work. */
			401: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The token lacks the scope, or the member may not do this. */
			403: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Not there, or not visible to the caller. */
			404: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Too many requests: wait the seconds in Retry-After. */
			429: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
		};
	};
	listProjectTasks: {
		parameters: {
			query?: {
				status?: 'open' | 'claimed' | 'done';
				after?: string;
			};
			header?: never;
			path: {
				/** @description The project's number (the digits at the start of its address). */
				id: string;
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description OK. */
			200: {
				headers: {
					/** @description Send it back in If-None-Match. */
					ETag?: string;
					[name: string]: unknown;
				};
				content: {
					'application/json': components['schemas']['TaskList'];
				};
			};
			/** @description Not modified since the ETag sent. */
			304: {
				headers: {
					[name: string]: unknown;
				};
				content?: never;
			};
			/** @description Bad input: `errors` names each field and what is wrong with it. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description No token where one is needed, or a token that does not work. */
			401: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The token lacks the scope, or the member may not do this. */
			403: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Not there, or not visible to the caller. */
			404: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Too many requests: wait the seconds in Retry-After. */
			429: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
		};
	};
	claimTask: {
		parameters: {
			query?: never;
			header?: never;
			path: {
				/** @description The project's number (the digits at the start of its address). */
				id: string;
				/** @description The task’s number. */
				task: string;
			};
			cookie?: never;
		};
		requestBody?: {
			content: {
				'application/json': Record<string, never>;
			};
		};
		responses: {
			/** @description OK. */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/json': components['schemas']['Claimed'];
				};
			};
			/** @description Bad input: `errors` names each field and what is wrong with it. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description No token where one is needed, or a token that does not work. */
			401: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The token lacks the scope, or the member may not do this. */
			403: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Not there, or not visible to the caller. */
			404: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The state does not allow it (closed, already done). */
			409: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The body is larger than 512 KiB. */
			413: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The body is not application/json. */
			415: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Too many requests: wait the seconds in Retry-After. */
			429: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
		};
	};
	logEffort: {
		parameters: {
			query?: never;
			header?: never;
			path: {
				/** @description The project's number (the digits at the start of its address). */
				id: string;
				/** @description The task’s number. */
				task: string;
			};
			cookie?: never;
		};
		requestBody: {
			content: {
				'application/json': {
					minutes: unknown;
					intensity: string | number;
					workedOn?: string | '';
					/** @default  */
					note?: string;
					memberId?: number | '';
				};
			};
		};
		responses: {
			/** @description Created. */
			201: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/json': components['schemas']['Created'];
				};
			};
			/** @description Bad input: `errors` names each field and what is wrong with it. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description No token where one is needed, or a token that does not work. */
			401: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The token lacks the scope, or the member may not do this. */
			403: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Not there, or not visible to the caller. */
			404: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The state does not allow it (closed, already done). */
			409: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The body is larger than 512 KiB. */
			413: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The body is not application/json. */
			415: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Too many requests: wait the seconds in Retry-After. */
			429: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
		};
	};
	listElections: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description OK. */
			200: {
				headers: {
					/** @description Send it back in If-None-Match. */
					ETag?: string;
					[name: string]: unknown;
				};
				content: {
					'application/json': components['schemas']['ElectionList'];
				};
			};
			/** @description Not modified since the ETag sent. */
			304: {
				headers: {
					[name: string]: unknown;
				};
				content?: never;
			};
			/** @description Bad input: `errors` names each field and what is wrong with it. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description No token where one is needed, or a token that does not work. */
			401: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The token lacks the scope, or the member may not do this. */
			403: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Not there, or not visible to the caller. */
			404: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Too many requests: wait the seconds in Retry-After. */
			429: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
		};
	};
	getElection: {
		parameters: {
			query?: never;
			header?: never;
			path: {
				/** @description The election's number (the digits at the start of its address). */
				id: string;
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description OK. */
			200: {
				headers: {
					/** @description Send it back in If-None-Match. */
					ETag?: string;
					[name: string]: unknown;
				};
				content: {
					'application/json': components['schemas']['Election'];
				};
			};
			/** @description Not modified since the ETag sent. */
			304: {
				headers: {
					[name: string]: unknown;
				};
				content?: never;
			};
			/** @description Bad input: `errors` names each field and what is wrong with it. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description No token where one is needed, or a token that does not work. */
			401: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The token lacks the scope, or the member may not do this. */
			403: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Not there, or not visible to the caller. */
			404: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Too many requests: wait the seconds in Retry-After. */
			429: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
		};
	};
	listMandates: {
		parameters: {
			query?: {
				scope?: string;
				role?: string;
			};
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description OK. */
			200: {
				headers: {
					/** @description Send it back in If-None-Match. */
					ETag?: string;
					[name: string]: unknown;
				};
				content: {
					'application/json': components['schemas']['MandateList'];
				};
			};
			/** @description Not modified since the ETag sent. */
			304: {
				headers: {
					[name: string]: unknown;
				};
				content?: never;
			};
			/** @description Bad input: `errors` names each field and what is wrong with it. */
			400: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description No token where one is needed, or a token that does not work. */
			401: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description The token lacks the scope, or the member may not do this. */
			403: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Not there, or not visible to the caller. */
			404: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
			/** @description Too many requests: wait the seconds in Retry-After. */
			429: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					'application/problem+json': components['schemas']['Problem'];
				};
			};
		};
	};
}
