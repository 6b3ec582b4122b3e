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
	'/chapters': {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/** The federation of chapters with their counts */
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
		/** The organisation at a glance (aggregates only) */
		get: operations['getGlance'];
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
	'/decisions/{id}/amendments': {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put?: never;
		/** Propose an amendment: the whole new text, and why */
		post: operations['proposeAmendment'];
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
		 * @description The fields of the ballot form: `vote` for a motion or consent; `approve` (option ids) for approval; `rank_<option id>` (1 = first) for ranked methods; `score_<option id>` for score voting; an optional `reason`. A secret ballot answers with its receipt, shown only this once.
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
}
export type webhooks = Record<string, never>;
export interface components {
	schemas: {
		/** @description RFC 9457 problem details. */
		Problem: {
			/** Format: uri */
			type: string;
			title: string;
			/** @enum {integer} */
			status: 400 | 401 | 403 | 404 | 405 | 409 | 410 | 412 | 413 | 415 | 429 | 500;
			detail: string;
			instance?: string;
			errors?: {
				[key: string]: string;
			};
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
					'application/json': {
						members: {
							[key: string]: unknown;
						}[];
						next: string | null;
					};
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
					'application/json': {
						[key: string]: unknown;
					};
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
					'application/json': {
						[key: string]: unknown;
					};
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
					'application/json': {
						[key: string]: unknown;
					};
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
					'application/json': {
						posts: {
							[key: string]: unknown;
						}[];
						next: string | null;
					};
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
					'application/json': {
						id: number;
						url: string;
					};
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
					'application/json': {
						[key: string]: unknown;
					};
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
					'application/json': {
						comments: {
							[key: string]: unknown;
						}[];
						next: string | null;
					};
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
					'application/json': {
						id: number;
						url: string;
					};
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
					'application/json': {
						[key: string]: unknown;
					};
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
					'application/json': {
						comments: {
							[key: string]: unknown;
						}[];
						next: string | null;
					};
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
					'application/json': {
						id: number;
						url: string;
					};
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
					'application/json': {
						decisions: {
							[key: string]: unknown;
						}[];
						next: string | null;
					};
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
					'application/json': {
						id: number;
						url: string;
					};
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
					'application/json': {
						[key: string]: unknown;
					};
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
					'application/json': {
						id: number;
					};
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
					'application/json': {
						id: number;
					};
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
					'application/json': {
						receipt: string | null;
						weight: number;
						changed: boolean;
					};
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
					'application/json': {
						[key: string]: unknown;
					};
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
					'application/json': {
						[key: string]: unknown;
					};
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
					'application/json': {
						url: string;
					};
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
					'application/json': {
						id: number;
						url: string;
					};
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
					'application/json': {
						elections: {
							[key: string]: unknown;
						}[];
					};
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
					'application/json': {
						[key: string]: unknown;
					};
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
