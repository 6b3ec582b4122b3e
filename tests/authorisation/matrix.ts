/**
 * Who may use each route: one line per page load, form action and endpoint under src/routes, with
 * the HTTP status each role gets. tests/unit/authorisation-matrix.test.ts runs every line against
 * the real handlers and fails when a route has no line, so a new route cannot be added without
 * deciding who may use it.
 *
 * Roles, in column order (tests/authorisation/world.ts): a visitor; a friend (the friend tier, in
 * Recife); an outsider (a member of another chapter, Porto); a member of Recife; the author (of the
 * posts, decisions and projects, all in Recife, coordinator of its projects); a facilitator (a
 * mandate for Recife). Lines run in this order, each role after the one before, so a line may
 * depend on what an earlier line did (the author's comment is edited before it is deleted).
 *
 * Parameters name fixtures of the world (`decision:draft`); a line without them uses the visible
 * thing of its kind (tests/authorisation/record.ts). Forms carry valid values, so a refusal is the
 * policy's, not the input check's.
 */
export type Row = {
	key: string;
	expect: string;
	params?: Record<string, string>;
	form?: Record<string, string | string[]>;
	query?: string;
};

const row = (key: string, expect: string, more: Omit<Row, 'key' | 'expect'> = {}): Row => ({
	key,
	expect,
	...more
});

//   route                                                visitor friend outsider member author facilitator
// prettier-ignore
export const MATRIX: Row[] = [
	// Pages anyone may read.
	row('GET /',                                             '200 200 200 200 200 200'),
	row('GET /@[handle]',                                    '404 200 200 200 200 200'),
	row('GET /search',                                       '200 200 200 200 200 200', { query: 'q=seed' }),
	row('GET /glance',                                       '200 200 200 200 200 200'),
	row('GET /glance/map.svg',                               '200 200 200 200 200 200'),
	// Live updates: a topic nobody may follow (another's notifications, a thing that is not there) is 404 alike.
	row('GET /live',                                         '404 404 404 404 404 404', { query: 'topic=member:999999' }),
	// Notifications are each member's own: the centre, its count, marking read, the settings. Following
	// a chapter's project is for those its own policy lets see it; a forged unsubscribe link is a 400 for anyone.
	row('GET /notifications',                                '303 200 200 200 200 200'),
	row('POST /notifications?/read',                         '401 404 404 404 404 404', { form: { id: '999999' } }),
	row('POST /notifications?/readAll',                      '401 200 200 200 200 200', { form: { upTo: '999999' } }),
	row('GET /notifications/count',                          '401 200 200 200 200 200'),
	row('GET /settings/notifications',                       '303 200 200 200 200 200'),
	row('POST /settings/notifications?/save',                '401 200 200 200 200 200', { form: { emailNow: 'on', digest: 'weekly' } }),
	row('POST /settings/notifications?/follow',              '401 200 404 200 200 200', { form: { scopeType: 'project', scopeId: 'project-id:private', mode: 'follow' } }),
	row('GET /unsubscribe/[token]',                          '400 400 400 400 400 400', { params: { token: 'token' } }),
	row('POST /unsubscribe/[token]',                         '400 400 400 400 400 400', { params: { token: 'token' } }),
	// Private messages: a conversation exists only for its participants (the author and the friend);
	// everyone else, the chapter's facilitator included, gets 404. Blocking is one's own business.
	row('GET /messages',                                     '303 200 200 200 200 200'),
	row('GET /messages/count',                               '401 200 200 200 200 200'),
	row('GET /messages/new',                                 '303 200 200 200 200 200', { query: 'to=author&subject=Hello' }),
	row('POST /messages/new',                                '401 303 303 303 400 303', { form: { to: 'author', subject: 'Hello', body: 'A word.' } }),
	row('GET /messages/[id]',                                '401 200 404 404 200 404', { params: { id: 'conversation-id:private' } }),
	row('POST /messages/[id]?/reply',                        '401 303 404 404 303 404', { params: { id: 'conversation-id:private' }, form: { body: 'Thanks.' } }),
	row('POST /flag',                                        '401 200 404 404 403 404', { form: { type: 'message', id: 'message-id:private', reason: 'spam' } }),
	row('POST /messages/[id]?/block',                        '401 200 200 200 403 200', { params: { id: 'conversation-id:private' }, form: { handle: 'author' } }),
	row('POST /messages/[id]?/unblock',                      '401 200 200 200 403 200', { params: { id: 'conversation-id:private' }, form: { handle: 'author' } }),
	row('POST /@[handle]?/block',                            '401 200 200 200 403 200'),
	row('POST /@[handle]?/unblock',                          '401 200 200 200 403 200'),
	row('GET /settings/blocks',                              '303 200 200 200 200 200'),
	row('POST /settings/blocks?/unblock',                    '401 200 200 200 403 200', { form: { handle: 'author' } }),
	// Settings the members control: anyone reads them and their log; only the operator (nobody in
	// this world) changes them while the change rule is 'operator'. The first run is over: 404.
	row('GET /organisation/settings',                        '200 200 200 200 200 200'),
	row('GET /organisation/settings/[key]',                  '200 200 200 200 200 200', { params: { key: 'writing.limits' } }),
	row('POST /organisation/settings/[key]',                 '401 403 403 403 403 403', { params: { key: 'recall.threshold_percent' }, form: { value: '30' } }),
	row('GET /organisation/settings/log',                    '200 200 200 200 200 200'),
	row('GET /organisation/settings/log.xml',                '200 200 200 200 200 200'),
	row('GET /setup',                                        '404 404 404 404 404 404'),
	row('POST /setup',                                       '404 404 404 404 404 404'),
	row('GET /organisation/tiers',                           '401 200 200 200 200 200'),
	row('POST /organisation/tiers',                          '401 404 404 404 404 404', { form: { member: '999999' } }),
	// Elections: anyone reads them; members of the scope call, stand, nominate; the ballots are
	// published only after the count (409 before it).
	row('GET /elections',                                    '200 200 200 200 200 200'),
	row('GET /elections/new',                                '401 200 200 200 200 200'),
	row('POST /elections/new',                               '401 403 403 409 409 409', { form: { role: 'facilitator', scope: 'scope:home' } }),
	row('GET /elections/[id]',                               '200 200 200 200 200 200', { params: { id: 'election-id:nominations' } }),
	row('POST /elections/[id]?/nominate',                    '401 403 403 200 400 409', { params: { id: 'election-id:nominations' }, form: { handle: 'author' } }),
	row('POST /elections/[id]?/stand',                       '401 403 403 200 409 200', { params: { id: 'election-id:nominations' }, form: { statement: 'I will.' } }),
	row('POST /elections/[id]?/consent',                     '401 404 404 404 404 404', { params: { id: 'election-id:nominations' }, form: { candidacy: '999999' } }),
	row('POST /elections/[id]?/withdraw',                    '401 404 404 404 404 404', { params: { id: 'election-id:nominations' }, form: { candidacy: '999999' } }),
	row('POST /elections/[id]?/vote',                        '401 409 409 409 409 409', { params: { id: 'election-id:nominations' }, form: { 'rank-1': '1' } }),
	row('POST /elections/[id]?/comment',                     '401 303 303 303 303 303', { params: { id: 'election-id:nominations' }, form: { body: 'A question for the candidates.' } }),
	row('GET /elections/[id]/credential',                    '401 409 409 409 409 409', { params: { id: 'election-id:nominations' } }),
	row('POST /elections/[id]/credential',                   '401 400 400 400 400 400', { params: { id: 'election-id:nominations' } }),
	row('POST /elections/[id]/unlinkable-ballot',            '400 400 400 400 400 400', { params: { id: 'election-id:nominations' } }),
	row('GET /elections/[id]/ballots.blt',                   '409 409 409 409 409 409', { params: { id: 'election-id:nominations' } }),
	row('GET /elections/[id]/ballots.json',                  '409 409 409 409 409 409', { params: { id: 'election-id:nominations' } }),
	row('GET /api/v1/elections',                             '200 200 200 200 200 200'),
	row('GET /api/v1/elections/[id]',                        '200 200 200 200 200 200', { params: { id: 'election-id:nominations' } }),
	// Conventions: anyone reads them; members of the scope call one and add founding documents; the
	// caller (the author) prepares and chairs Recife's, in session with its agenda not yet adopted;
	// the delegates are Recife's members (not the friend). The session closes last, then the minutes.
	row('GET /conventions',                                  '200 200 200 200 200 200'),
	row('POST /conventions?/call',                           '401 403 403 303 303 303', { form: { title: 'A meeting', scope: 'scope:home', startsAt: '2027-02-01T10:00' } }),
	row('GET /conventions/documents',                        '200 200 200 200 200 200'),
	row('POST /conventions/documents?/add',                  '401 403 403 303 303 303', { form: { title: 'Rules', scope: 'scope:home', body: 'We meet.' } }),
	row('GET /conventions/documents/[slug]',                 '200 200 200 200 200 200', { params: { slug: 'document:charter' } }),
	row('POST /conventions/documents/[slug]?/open',          '401 403 403 409 409 409', { params: { slug: 'document:charter' } }),
	row('POST /conventions/documents/[slug]?/amend',         '401 403 403 200 200 200', { params: { slug: 'document:charter' }, form: { body: '## Aims\nWe meet often.', reason: 'More.' } }),
	row('GET /conventions/[id]',                             '200 200 200 200 200 200', { params: { id: 'convention-id:session' } }),
	row('GET /conventions/[id]/convention.ics',              '200 200 200 200 200 200', { params: { id: 'convention-id:session' } }),
	// Calendars: the organisation's and a chapter's are public (what a visitor sees); a private one
	// opens only with its secret address, and a dead address is 404 for everyone alike.
	row('GET /calendar.ics',                                 '200 200 200 200 200 200'),
	row('GET /chapters/[slug]/calendar.ics',                 '200 200 200 200 200 200'),
	row('GET /calendar/[token].ics',                         '404 404 404 404 404 404'),
	row('POST /conventions/[id]?/addItem',                   '401 403 403 403 409 403', { params: { id: 'convention-id:session' }, form: { kind: 'other', title: 'Late', minutes: '5' } }),
	row('POST /conventions/[id]?/removeItem',                '401 403 403 403 409 403', { params: { id: 'convention-id:session' }, form: { item: '999999' } }),
	row('POST /conventions/[id]?/open',                      '401 403 403 403 409 403', { params: { id: 'convention-id:session' } }),
	row('GET /conventions/[id]/session',                     '200 200 200 200 200 200', { params: { id: 'convention-id:session' } }),
	row('POST /conventions/[id]/session?/join',              '401 403 403 409 409 409', { params: { id: 'convention-id:session' }, form: { kind: 'speech' } }),
	row('POST /conventions/[id]/session?/leave',             '401 403 403 409 409 409', { params: { id: 'convention-id:session' } }),
	row('POST /conventions/[id]/session?/take',              '401 403 403 409 409 409', { params: { id: 'convention-id:session' } }),
	row('POST /conventions/[id]/session?/yield',             '401 403 403 403 409 403', { params: { id: 'convention-id:session' } }),
	row('POST /conventions/[id]/session?/next',              '401 403 403 403 409 403', { params: { id: 'convention-id:session' } }),
	row('POST /conventions/[id]/session?/openItem',          '401 403 403 403 409 403', { params: { id: 'convention-id:session' } }),
	row('POST /conventions/[id]/session?/closeItem',         '401 403 403 403 409 403', { params: { id: 'convention-id:session' } }),
	row('POST /conventions/[id]/session?/move',              '401 403 403 409 409 409', { params: { id: 'convention-id:session' }, form: { kind: 'procedural', title: 'A break' } }),
	row('POST /conventions/[id]/session?/vote',              '401 404 404 404 404 404', { params: { id: 'convention-id:session' }, form: { motion: '999999', choice: 'yes' } }),
	row('POST /conventions/[id]/session?/closeMotion',       '401 404 404 404 404 404', { params: { id: 'convention-id:session' }, form: { motion: '999999' } }),
	row('POST /conventions/[id]/session?/ratify',            '401 403 403 403 400 403', { params: { id: 'convention-id:session' }, form: { document: '999999' } }),
	row('POST /conventions/[id]/session?/publish',           '401 403 403 403 409 403', { params: { id: 'convention-id:session' } }),
	row('GET /conventions/[id]/minutes',                     '409 409 409 409 409 409', { params: { id: 'convention-id:session' } }),
	row('POST /conventions/[id]/session?/closeSession',      '401 403 403 403 200 403', { params: { id: 'convention-id:session' } }),
	row('POST /conventions/[id]/session?/publish',           '401 403 403 403 200 403', { params: { id: 'convention-id:session' } }),
	row('GET /conventions/[id]/minutes',                     '200 200 200 200 200 200', { params: { id: 'convention-id:session' } }),
	row('POST /conventions/[id]/minutes?/correct',           '401 403 403 400 400 400', { params: { id: 'convention-id:session' }, form: { minute: '999999', body: 'It was said.' } }),
	row('POST /conventions/[id]/minutes?/vote',              '401 404 404 404 404 404', { params: { id: 'convention-id:session' }, form: { motion: '999999', choice: 'yes' } }),
	row('POST /conventions/[id]/minutes?/closeMotion',       '401 404 404 404 404 404', { params: { id: 'convention-id:session' }, form: { motion: '999999' } }),
	row('GET /tally',                                        '200 200 200 200 200 200'),
	row('POST /tally',                                       '400 400 400 400 400 400'),
	row('GET /tasks',                                        '200 200 200 200 200 200'),
	row('GET /members',                                      '200 200 200 200 200 200'),
	row('GET /members/members.csv',                          '200 200 200 200 200 200'),
	row('GET /chapters',                                     '200 200 200 200 200 200'),
	row('GET /chapters/[slug]',                              '200 200 200 200 200 200'),
	row('GET /blog',                                         '200 200 200 200 200 200'),
	row('GET /forums',                                       '200 200 200 200 200 200'),
	row('GET /forums/[slug]',                                '200 200 200 200 200 200'),
	row('GET /feeds/organisation.xml',                       '200 200 200 200 200 200'),
	row('GET /feeds/chapters/[slug].xml',                    '200 200 200 200 200 200'),
	row('GET /feeds/forums/[slug].xml',                      '200 200 200 200 200 200'),
	row('GET /feeds/members/[handle].xml',                   '200 200 200 200 200 200'),
	row('GET /media/[key]',                                  '404 404 404 404 404 404'),
	row('POST /language',                                    '303 303 303 303 303 303', { form: { locale: 'en' } }),
	row('POST /theme',                                       '303 303 303 303 303 303', { form: { theme: 'dark' } }),

	// The API: what the pages show, as JSON.
	row('GET /api/v1/chapters',                              '200 200 200 200 200 200'),
	row('GET /api/v1/chapters/[slug]',                       '200 200 200 200 200 200'),
	row('GET /api/v1/glance',                                '200 200 200 200 200 200'),
	row('GET /api/v1/glance/qualifying',                     '200 200 200 200 200 200'),
	row('GET /api/v1/members',                               '200 200 200 200 200 200'),
	row('GET /api/v1/decisions',                             '200 200 200 200 200 200'),
	row('GET /api/v1/decisions/[id]',                        '200 200 200 200 200 200'),
	row('GET /api/v1/decisions/[id]',                        '404 404 404 404 200 404', { params: { id: 'decision-id:draft' } }),
	row('GET /api/v1/projects',                              '200 200 200 200 200 200'),
	row('GET /api/v1/projects/[id]',                         '200 200 200 200 200 200'),
	row('GET /api/v1/projects/[id]',                         '404 200 404 200 200 200', { params: { id: 'project-id:private' } }),
	row('GET /api/v1/projects/[id]/tasks',                   '200 200 200 200 200 200'),
	row('GET /api/v1/projects/[id]/tasks',                   '404 200 404 200 200 200', { params: { id: 'project-id:private' } }),
	// A member who is not listed has a page for members only, as /@[handle].
	row('GET /api/v1/members/[handle]',                      '404 200 200 200 200 200'),
	row('GET /api/v1/decisions/[id]/amendments',             '200 200 200 200 200 200'),
	row('GET /api/v1/decisions/[id]/amendments',             '404 404 404 404 200 404', { params: { id: 'decision-id:draft' } }),
	// A result exists from the close: 409 before it, as results.csv.
	row('GET /api/v1/decisions/[id]/results',                '409 409 409 409 409 409'),
	row('GET /api/v1/decisions/[id]/results',                '200 200 200 200 200 200', { params: { id: 'decision-id:closed' } }),
	row('GET /api/v1/mandates',                              '200 200 200 200 200 200', { query: 'scope=organisation' }),
	// Cookies read the API as the pages do but never write through it: writes need a token
	// (tests/unit/api.test.ts runs every operation for each role and token scope). The lines below
	// post forms, which the API refuses (415) before it looks for a token: it takes only JSON.
	row('GET /api/v1/openapi.json',                          '200 200 200 200 200 200'),
	row('GET /api/v1/posts',                                 '200 200 200 200 200 200'),
	row('GET /api/v1/posts/[id]',                            '200 200 200 200 200 200', { params: { id: 'post-id:public' } }),
	row('GET /api/v1/posts/[id]',                            '404 200 404 200 200 200', { params: { id: 'post-id:chapter' } }),
	row('GET /api/v1/posts/[id]/comments',                   '404 200 404 200 200 200', { params: { id: 'post-id:chapter' } }),
	row('POST /api/v1/posts',                                '415 415 415 415 415 415'),
	row('POST /api/v1/posts/[id]/comments',                  '415 415 415 415 415 415', { params: { id: 'post-id:public' } }),
	row('GET /api/v1/threads/[id]',                          '200 200 200 200 200 200', { params: { id: 'thread:open' } }),
	row('GET /api/v1/threads/[id]/comments',                 '200 200 200 200 200 200', { params: { id: 'thread:open' } }),
	row('POST /api/v1/threads/[id]/comments',                '415 415 415 415 415 415', { params: { id: 'thread:open' } }),
	row('POST /api/v1/decisions',                            '415 415 415 415 415 415'),
	row('POST /api/v1/decisions/[id]/submit',                '415 415 415 415 415 415'),
	row('POST /api/v1/decisions/[id]/amendments',            '415 415 415 415 415 415'),
	row('POST /api/v1/decisions/[id]/ballot',                '415 415 415 415 415 415'),
	row('POST /api/v1/projects/[id]/tasks/[task]/claim',     '415 415 415 415 415 415'),
	row('POST /api/v1/projects/[id]/tasks/[task]/effort',    '415 415 415 415 415 415'),
	row('GET /developers',                                   '200 200 200 200 200 200'),

	// Accounts: the visitor's ways in; a signed-in member is sent on.
	row('GET /join',                                         '200 303 303 303 303 303'),
	row('POST /join',                                        '400 400 400 400 400 400'),
	row('GET /login',                                        '200 303 303 303 303 303'),
	row('POST /login',                                       '400 400 400 400 400 400'),
	// Without a pending log-in (a right password moments ago) there is no second step to take.
	row('GET /login/second-factor',                          '303 303 303 303 303 303'),
	row('POST /login/second-factor',                         '410 410 410 410 410 410', { form: { code: '123456' } }),
	// A passkey log-in answers a challenge the browser was given; without one nothing is checked.
	row('POST /login/passkey/options',                       '200 200 200 200 200 200'),
	row('POST /login/passkey',                               '400 400 400 400 400 400'),
	row('POST /reset',                                       '400 400 400 400 400 400'),
	row('GET /reset/[token]',                                '400 400 400 400 400 400'),
	row('POST /reset/[token]',                               '400 400 400 400 400 400'),
	row('GET /verify',                                       '400 400 400 400 400 400'),
	row('POST /verify',                                      '400 400 400 400 400 400'),
	row('POST /verify/resend',                               '400 400 400 400 400 400'),
	row('GET /welcome',                                      '303 200 200 200 200 200'),
	row('POST /welcome?/reactivate',                         '401 400 400 400 400 400'),

	// Chapters: one joins, leaves or moves oneself, never another.
	row('POST /chapters/[slug]?/join',                       '401 200 403 200 200 200', { params: { slug: 'chapter:away' }, form: { chapter: 'chapter-id:away' } }),
	row('POST /chapters/[slug]?/leave',                      '401 200 200 200 200 200', { params: { slug: 'chapter:away' }, form: { chapter: 'chapter-id:away' } }),
	row('POST /chapters/[slug]?/move',                       '401 200 200 200 200 200', { params: { slug: 'chapter:home' }, form: { chapter: 'chapter-id:home' } }),
	// Self-government: roles, committees, mandates and recall, a chapter's forums (facilitators).
	// The outsider has moved to Recife (the row above), so they may sign a recall there.
	row('GET /roles',                                        '200 200 200 200 200 200'),
	row('GET /committees',                                   '200 200 200 200 200 200'),
	row('GET /committees/[slug]',                            '200 200 200 200 200 200', { params: { slug: 'committee' } }),
	row('GET /chapters/[slug]/forums',                       '200 200 200 200 200 200', { params: { slug: 'chapter:home' } }),
	row('POST /chapters/[slug]/forums?/create',              '401 403 403 403 403 200', { params: { slug: 'chapter:home' }, form: { name: 'Housing', description: 'Where to live.' } }),
	row('POST /chapters/[slug]/forums?/rename',              '401 403 403 403 403 200', { params: { slug: 'chapter:home' }, form: { forum: 'forum-id:home', name: 'Recife at large', description: '' } }),
	row('POST /chapters/[slug]/forums?/archive',             '401 403 403 403 403 200', { params: { slug: 'chapter:home' }, form: { forum: 'forum-id:home', archived: 'true' } }),
	row('POST /chapters/[slug]?/recall',                     '401 403 409 409 409 409', { form: { mandate: 'mandate-id:facilitator' } }),
	row('POST /chapters/[slug]?/sign',                       '401 403 200 200 409 200', { form: { petition: 'petition-id:open' } }),
	row('POST /chapters/[slug]?/resign',                     '401 403 403 403 403 200', { form: { mandate: 'mandate-id:seat' } }),
	row('POST /committees/[slug]?/resign',                   '401 403 403 403 403 409', { params: { slug: 'committee' }, form: { mandate: 'mandate-id:seat' } }),
	row('POST /committees/[slug]?/recall',                   '401 403 403 403 403 403', { params: { slug: 'committee' }, form: { mandate: 'mandate-id:seat' } }),
	row('POST /committees/[slug]?/sign',                     '401 403 409 409 409 409', { params: { slug: 'committee' }, form: { petition: 'petition-id:open' } }),

	// Writing: posts by visibility, their editing and history.
	row('GET /posts/[ref]',                                  '200 200 200 200 200 200'),
	row('GET /posts/[ref]',                                  '404 200 404 200 200 200', { params: { ref: 'post:chapter' } }),
	row('GET /posts/[ref]',                                  '404 404 404 404 200 404', { params: { ref: 'post:draft' } }),
	row('GET /posts/[ref]/history',                          '200 200 200 200 200 200'),
	row('GET /posts/[ref]/history',                          '404 200 404 200 200 200', { params: { ref: 'post:chapter' } }),
	row('GET /posts/[ref]/edit',                             '401 403 403 403 200 403'),
	row('POST /posts/[ref]/edit',                            '401 403 403 403 303 403', { form: { title: 'Why chapters matter', body: 'Edited.', language: 'en', tags: 'chapters', visibility: 'public', publish: 'true' } }),
	row('GET /posts/[ref]/edit',                             '401 404 404 404 200 404', { params: { ref: 'post:draft' } }),
	// Deleting a post is its author's alone (a post of its own, so the others stay).
	row('GET /posts/[ref]/delete',                           '401 403 403 403 200 403'),
	row('POST /posts/[ref]/delete',                          '401 403 403 403 303 404', { params: { ref: 'post:doomed' } }),
	row('GET /posts/[ref]/history',                          '404 404 404 404 200 404', { params: { ref: 'post:draft' } }),
	row('POST /posts/[ref]/edit',                            '401 404 404 404 303 404', { params: { ref: 'post:draft' }, form: { title: 'Not yet', body: 'Taken over.', language: 'en', tags: '', visibility: 'public', publish: '' } }),
	row('POST /posts/[ref]/edit',                            '401 403 404 403 303 403', { params: { ref: 'post:chapter' }, form: { title: 'Recife only', body: 'Taken over.', language: 'en', tags: '', visibility: 'chapter', publish: 'true' } }),
	row('POST /posts/[ref]?/comment',                        '401 303 404 303 303 303', { params: { ref: 'post:chapter' }, form: { body: 'Inside.' } }),
	row('GET /blog/new',                                     '401 200 200 200 200 200'),
	row('POST /blog/new',                                    '401 303 303 303 303 303', { form: { title: 'A new post', body: 'Words.', language: 'en', tags: '', visibility: 'public', publish: 'true' } }),
	row('POST /forums/[slug]',                               '401 303 303 303 303 303', { form: { title: 'A new thread', body: 'Words.', language: 'en' } }),
	// An image added inside a post, thread or comment form without JavaScript (the `attach` button) is
	// the images page's upload, under its policy; nothing of the post is read or written. No file: 400.
	row('POST /blog/new',                                    '401 400 400 400 400 400', { form: { title: 'A new post', body: 'Words.', attach: '1' } }),
	row('POST /posts/[ref]?/comment',                        '401 400 400 400 400 400', { params: { ref: 'post:chapter' }, form: { body: 'Inside.', attach: '1' } }),
	row('GET /threads/[ref]',                                '200 200 200 200 200 200'),
	row('POST /threads/[ref]?/comment',                      '401 303 303 303 303 303', { form: { body: 'In the forum.' } }),
	row('POST /threads/[ref]?/moderate',                     '401 403 403 403 200 403', { form: { locked: 'off' } }),
	row('GET /images',                                       '401 200 200 200 200 200'),
	row('POST /images?/avatar',                              '401 400 400 400 400 400'),
	row('POST /images?/post',                                '401 400 400 400 400 400'),

	// Comments: one's own to edit; read through the thing they are on.
	// The next page of a discussion, for the page's script: only for those who may see the thing.
	row('GET /comments',                                     '404 200 404 200 200 200', { query: 'on=post&id={post-id:chapter}' }),
	row('GET /comments/[id]/history',                        '200 200 200 200 200 200'),
	row('GET /comments/[id]/edit',                           '401 403 403 200 403 403'),
	row('POST /comments/[id]/edit',                          '401 403 403 303 403 403', { form: { body: 'Agreed, edited.' } }),
	row('GET /flag',                                         '401 200 200 200 200 200'),
	row('POST /flag',                                        '401 200 200 403 200 200', { form: { type: 'comment', id: 'comment:open', reason: 'spam' } }),
	row('POST /flag',                                        '401 200 404 200 403 200', { form: { type: 'post', id: 'post-id:chapter', reason: 'spam' } }),
	row('POST /flag',                                        '401 404 404 404 404 404', { form: { type: 'post', id: 'post-id:draft', reason: 'spam' } }),
	// A reply from another server has no author here: anyone who may comment may flag it.
	row('POST /flag',                                        '401 200 200 200 200 200', { form: { type: 'remote-reply', id: 'remote-reply:open', reason: 'spam' } }),
	row('POST /posts/[ref]?/deleteComment',                  '401 403 403 200 403 403', { form: { id: 'comment:open' } }),
	row('POST /threads/[ref]?/deleteComment',                '401 403 403 403 403 403', { form: { id: 'comment:open' } }),
	row('POST /decisions/[ref]?/deleteComment',              '401 403 403 403 403 403', { form: { id: 'comment:open' } }),
	row('POST /projects/[ref]?/deleteComment',               '401 403 403 403 403 403', { form: { id: 'comment:open' } }),
	row('POST /elections/[id]?/deleteComment',               '401 403 403 403 403 403', { params: { id: 'election-id:nominations' }, form: { id: 'comment:open' } }),

	// Decisions: a draft is its authors' (and an invitee's); the rest by phase and scope.
	row('GET /decisions',                                    '200 200 200 200 200 200'),
	row('GET /decisions/invitations',                        '401 200 200 200 200 200'),
	row('GET /decisions/new',                                '401 200 200 200 200 200'),
	row('POST /decisions/new?/create',                       '401 403 303 303 303 303', { form: { title: 'From the matrix', summary: 'Why.', body: 'What.', scope: 'scope:home', ballotType: 'motion', discussionDays: '1', amendmentDays: '1', votingDays: '1' } }),
	row('POST /decisions/new?/suggest',                      '401 200 200 200 200 200', { form: { affected: 'scope:home' } }),
	row('POST /decisions/new?/filter',                       '401 200 200 200 200 200', { form: { groupFilter: 'recife', preset: 'rank' } }),
	row('GET /decisions/[ref]',                              '200 200 200 200 200 200'),
	row('GET /decisions/[ref]',                              '404 404 404 404 200 404', { params: { ref: 'decision:draft' } }),
	row('GET /decisions/[ref]/versions',                     '404 404 404 404 200 404', { params: { ref: 'decision:draft' } }),
	row('GET /decisions/[ref]/versions',                     '200 200 200 200 200 200'),
	row('GET /decisions/[ref]/ballots',                      '404 404 404 404 200 404', { params: { ref: 'decision:draft' } }),
	row('GET /decisions/[ref]/ballots',                      '200 200 200 200 200 200'),
	row('GET /decisions/[ref]/amendments',                   '200 200 200 200 200 200'),
	row('GET /decisions/[ref]/amendments',                   '404 404 404 404 200 404', { params: { ref: 'decision:draft' } }),
	row('GET /decisions/[ref]/edit',                         '401 404 404 404 200 404', { params: { ref: 'decision:draft' } }),
	row('GET /decisions/[ref]/edit',                         '401 404 404 404 200 404'),
	row('POST /decisions/[ref]/edit?/save',                  '401 404 404 404 400 404', { params: { ref: 'decision:draft' }, form: { title: 'A draft', summary: 'Why.', body: 'Moved away.', scope: 'scope:away', ballotType: 'motion', discussionDays: '1', amendmentDays: '1', votingDays: '1' } }),
	row('POST /decisions/[ref]/edit?/save',                  '401 404 404 404 303 404', { form: { title: 'In discussion', summary: 'Why.', body: 'Revised.', note: 'clearer' } }),
	row('POST /decisions/[ref]/edit?/suggest',               '401 200 200 200 200 200', { form: { affected: 'scope:home' } }),
	row('POST /decisions/[ref]/edit?/filter',                '401 200 200 200 200 200', { form: { groupFilter: 'recife' } }),
	row('POST /decisions/[ref]?/coauthor',                   '401 404 404 404 200 403', { params: { ref: 'decision:draft' }, form: { handle: 'facilitator' } }),
	// Invited, not yet an author: the facilitator reads the draft but may not change it.
	row('GET /decisions/[ref]',                              '404 404 404 404 200 200', { params: { ref: 'decision:draft' } }),
	row('GET /decisions/[ref]/edit',                         '401 404 404 404 200 404', { params: { ref: 'decision:draft' } }),
	row('POST /decisions/[ref]/edit?/save',                  '401 404 404 404 303 404', { params: { ref: 'decision:draft' }, form: { title: 'A draft', summary: 'Why.', body: 'Taken over.', scope: 'scope:home', ballotType: 'motion', discussionDays: '1', amendmentDays: '1', votingDays: '1' } }),
	row('POST /decisions/[ref]?/acceptCoauthorship',         '401 404 404 404 403 200', { params: { ref: 'decision:draft' } }),
	row('POST /decisions/[ref]?/declineCoauthorship',        '401 404 404 404 403 403', { params: { ref: 'decision:draft' } }),
	row('POST /decisions/[ref]?/comment',                    '401 303 303 303 303 303', { form: { body: 'On the proposal.' } }),
	row('POST /decisions/[ref]?/comment',                    '401 404 404 404 404 404', { params: { ref: 'decision:draft' }, form: { body: 'Too early.' } }),
	// The outsider joined Recife (an earlier line) after these decisions were submitted: their
	// electorate was fixed then, so the outsider neither amends, declares a stake, votes nor signs.
	row('POST /decisions/[ref]/amendments?/propose',         '401 403 403 200 200 200', { form: { body: 'Another text.', reason: 'Shorter.' } }),
	row('POST /decisions/[ref]/amendments?/accept',          '401 404 404 404 404 404', { form: { amendment: '999999' } }),
	row('POST /decisions/[ref]/amendments?/toVote',          '401 404 404 404 404 404', { form: { amendment: '999999' } }),
	row('POST /decisions/[ref]/amendments?/withdraw',        '401 404 404 404 404 404', { form: { amendment: '999999' } }),
	row('POST /decisions/[ref]/amendments?/vote',            '401 404 404 404 404 404', { form: { amendment: '999999', vote: 'yes' } }),
	row('POST /decisions/[ref]?/stake',                      '401 403 403 409 409 409', { form: { level: '1', reason: 'I live there.' } }),
	row('POST /decisions/[ref]?/closeAmendments',            '401 403 403 403 200 403'),
	row('GET /decisions/[ref]/reminders',                    '401 404 404 200 200 200', { params: { ref: 'decision:voting' } }),
	row('POST /decisions/[ref]?/vote',                       '401 403 403 200 200 200', { params: { ref: 'decision:voting' }, form: { vote: 'yes' } }),
	// Unlinkable ballots: this decision does not use them (409); the credential needs a login and a
	// well-formed blinded token (400); a cast is nobody's and must be a token and signature (400).
	row('GET /decisions/[ref]/credential',                   '401 409 409 409 409 409', { params: { ref: 'decision:voting' } }),
	row('POST /decisions/[ref]/credential',                  '401 400 400 400 400 400', { params: { ref: 'decision:voting' } }),
	row('POST /decisions/[ref]/unlinkable-ballot',           '400 400 400 400 400 400', { params: { ref: 'decision:voting' } }),
	row('GET /decisions/[ref]/receipt',                      '200 200 200 200 200 200', { params: { ref: 'decision:closed' } }),
	row('POST /decisions/[ref]/receipt',                     '404 404 404 404 404 404', { params: { ref: 'decision:closed' }, form: { code: 'not-a-receipt' } }),
	row('GET /decisions/[ref]/ballots.json',                 '200 200 200 200 200 200', { params: { ref: 'decision:closed' } }),
	row('GET /decisions/[ref]/ballots.blt',                  '404 404 404 404 404 404', { params: { ref: 'decision:closed' } }),
	row('GET /decisions/[ref]/ballots.json',                 '404 404 404 404 404 404', { params: { ref: 'decision:draft' } }),
	// Results as CSV: once closed, for anyone; before the close 409, and a draft is 404 to those its
	// page is 404 to (its author and, by now, the facilitator invited to co-author it see it: 409).
	row('GET /decisions/[ref]/results.csv',                  '200 200 200 200 200 200', { params: { ref: 'decision:closed' } }),
	row('GET /decisions/[ref]/results.csv',                  '409 409 409 409 409 409', { params: { ref: 'decision:voting' } }),
	row('GET /decisions/[ref]/results.csv',                  '404 404 404 404 409 409', { params: { ref: 'decision:draft' } }),
	row('POST /decisions/[ref]?/outcome',                    '401 403 403 403 200 403', { params: { ref: 'decision:closed' }, form: { statement: 'We decided.' } }),
	row('POST /decisions/[ref]?/report',                     '401 403 403 403 403 403', { params: { ref: 'decision:closed' }, form: { title: 'Minority', body: 'We disagree.' } }),
	row('POST /decisions/[ref]?/signReport',                 '401 404 404 404 404 404', { params: { ref: 'decision:closed' }, form: { report: '999999' } }),
	row('POST /decisions/[ref]?/petition',                   '401 403 403 200 200 200', { params: { ref: 'decision:closed' }, form: { reason: 'Things changed.' } }),
	row('POST /decisions/[ref]?/signPetition',               '401 404 404 404 404 404', { params: { ref: 'decision:closed' }, form: { petition: '999999' } }),
	// A draft does not exist for anyone but its authors, whatever the page or form.
	row('GET /decisions/[ref]/receipt',                      '404 404 404 404 404 404', { params: { ref: 'decision:draft' } }),
	row('GET /decisions/[ref]/reminders',                    '401 404 404 404 200 200', { params: { ref: 'decision:draft' } }),
	row('POST /decisions/[ref]/amendments?/propose',         '401 404 404 404 409 409', { params: { ref: 'decision:draft' }, form: { body: 'Another text.', reason: 'Shorter.' } }),
	row('POST /decisions/[ref]?/vote',                       '401 404 404 404 409 409', { params: { ref: 'decision:draft' }, form: { vote: 'yes' } }),
	row('POST /flag',                                        '401 404 404 404 404 404', { form: { type: 'thread', id: '999999', reason: 'spam' } }),
	row('POST /decisions/[ref]?/submit',                     '401 404 404 404 200 403', { params: { ref: 'decision:draft' } }),
	row('POST /dev/decisions/[id]/advance',                  '404 404 404 404 404 404'),
	row('POST /dev/elections/[id]/advance',                  '404 404 404 404 404 404', { params: { id: 'election-id:nominations' } }),
	row('POST /dev/elections/[id]/end-terms',                '404 404 404 404 404 404', { params: { id: 'election-id:nominations' } }),
	row('GET /dev/mail',                                     '404 404 404 404 404 404'),

	// Projects: a chapter-only project is its chapter's; coordination and tasks by role.
	// Moderation juries: the log and each case are public (the flagged text only for its jurors and
	// author); only a juror of the current jury votes, only the author appeals, and a friend (who
	// does not vote) is never drawn, so has no duty to opt out of.
	row('GET /moderation',                                   '200 200 200 200 200 200'),
	row('GET /moderation',                                   '400 400 400 400 400 400', { query: 'next=yesterday' }),
	row('GET /moderation/[id]',                              '200 200 200 200 200 200', { params: { id: 'jury-case:open' } }),
	row('GET /moderation/[id]',                              '404 404 404 404 404 404', { params: { id: '999999' } }),
	row('POST /moderation/[id]?/vote',                       '401 403 403 403 403 200', { params: { id: 'jury-case:open' }, form: { verdict: 'keep', days: '', reason: 'Fine.' } }),
	row('POST /moderation/[id]?/vote',                       '401 404 404 404 404 404', { params: { id: '999999' }, form: { verdict: 'keep', days: '', reason: 'Fine.' } }),
	row('POST /moderation/[id]?/appeal',                     '401 403 403 403 200 403', { params: { id: 'jury-case:decided' }, form: { reason: 'It was fair.' } }),
	row('GET /moderation/duty',                              '303 200 200 200 200 200'),
	row('POST /moderation/duty?/duty',                       '401 403 200 200 200 200', { form: { serving: 'yes' } }),
	// The mutual aid board: anyone reads what is on it (bad filter values are ignored; a malformed
	// position is a 400); members and friends post; a post that left the board is its author's alone.
	row('GET /aid',                                          '200 200 200 200 200 200', { query: 'kind=swap&category=x&place=%2F&language=english&q=ladder' }),
	row('GET /aid',                                          '400 400 400 400 400 400', { query: 'before=yesterday' }),
	row('GET /aid/mine',                                     '303 200 200 200 200 200'),
	row('GET /aid/new',                                      '303 200 200 200 200 200'),
	row('POST /aid/new',                                     '401 303 303 303 303 303', { form: { kind: 'request', category: 'food', chapterId: '', language: 'en', title: 'Soup for a week', body: 'After an operation.', expiresOn: '' } }),
	row('GET /aid/[ref]',                                    '200 200 200 200 200 200'),
	row('GET /aid/[ref]',                                    '404 404 404 404 200 404', { params: { ref: 'aid:fulfilled' } }),
	row('GET /aid/[ref]',                                    '404 404 404 404 404 404', { params: { ref: '999999-gone' } }),
	row('GET /aid/[ref]/edit',                               '401 403 403 403 200 403'),
	row('POST /aid/[ref]/edit',                              '401 403 403 403 303 403', { form: { kind: 'offer', category: 'tools', chapterId: '', language: 'en', title: 'Ladder to lend', body: 'Ask me.', expiresOn: '' } }),
	row('POST /aid/[ref]?/fulfil',                           '401 403 403 403 303 404', { params: { ref: 'aid:fulfil' } }),
	row('POST /aid/[ref]?/withdraw',                         '401 403 403 403 303 404', { params: { ref: 'aid:withdraw' } }),
	row('GET /projects',                                     '200 200 200 200 200 200'),
	row('GET /projects/new',                                 '303 200 200 200 200 200'),
	row('POST /projects/new',                                '401 403 303 303 303 303', { form: { title: 'A new project', goals: 'Goals.', needs: '', language: 'en', visibility: 'public' } }),
	row('GET /projects/[ref]',                               '200 200 200 200 200 200'),
	row('GET /projects/[ref]',                               '404 200 404 200 200 200', { params: { ref: 'project:private' } }),
	row('GET /projects/[ref]/effort.csv',                    '200 200 200 200 200 200'),
	row('GET /projects/[ref]/effort.csv',                    '404 200 404 200 200 200', { params: { ref: 'project:private' } }),
	row('POST /projects/[ref]?/comment',                     '401 303 404 303 303 303', { params: { ref: 'project:private' }, form: { body: 'Inside.' } }),
	row('POST /projects/[ref]?/join',                        '401 200 404 200 403 200', { params: { ref: 'project:private' } }),
	row('POST /projects/[ref]?/join',                        '401 200 403 200 403 200'),
	row('POST /projects/[ref]?/willing',                     '401 200 403 200 200 200', { form: { willing: 'true' } }),
	row('GET /projects/[ref]/edit',                          '401 403 403 403 200 403'),
	row('POST /projects/[ref]/edit',                         '401 403 403 403 303 403', { form: { title: 'Seed library', goals: 'Share seeds.', needs: '', language: 'en', visibility: 'public' } }),
	row('GET /projects/[ref]/tasks/new',                     '401 200 403 200 200 200'),
	row('POST /projects/[ref]/tasks/new',                    '401 303 403 303 303 303', { form: { title: 'Water plants', estimate: '30', language: 'en', remote: 'true' } }),
	row('GET /projects/[ref]/updates/new',                   '401 200 403 200 200 200'),
	row('POST /projects/[ref]/updates/new',                  '401 303 403 303 303 303', { form: { title: 'News', body: 'Progress.', language: 'en' } }),
	row('GET /projects/[ref]/tasks/[task]',                  '200 200 200 200 200 200'),
	row('GET /projects/[ref]/tasks/[task]',                  '404 200 404 200 200 200', { params: { ref: 'project:private', task: 'task:private' } }),
	row('POST /projects/[ref]/tasks/[task]?/rate',           '401 200 403 200 200 200', { form: { empowerment: '3', onerousness: '2' } }),
	// Offered to the member, who declines; the coordinator then takes it, and gives it back.
	row('POST /projects/[ref]/tasks/[task]?/assign',         '401 403 403 403 200 403', { form: { memberId: 'member-id:member' } }),
	row('POST /projects/[ref]/tasks/[task]?/decline',        '401 403 403 200 403 403'),
	row('POST /projects/[ref]/tasks/[task]?/assign',         '401 403 403 403 200 403', { form: { memberId: 'member-id:author' } }),
	row('POST /projects/[ref]/tasks/[task]?/release',        '401 403 403 403 200 403'),
	row('POST /projects/[ref]/tasks/[task]?/claim',          '401 303 403 403 403 403'),
	row('POST /projects/[ref]/tasks/[task]?/log',            '401 200 403 200 200 200', { form: { minutes: '30', intensity: '3', note: '' } }),
	row('POST /projects/[ref]/tasks/[task]?/complete',       '401 200 403 403 403 403'),
	row('POST /projects/[ref]/tasks/[task]?/removeEffort',   '401 404 404 404 404 404', { form: { entry: '999999' } }),
	row('POST /projects/[ref]/tasks/[task]?/claim',          '401 303 404 403 403 403', { params: { ref: 'project:private', task: 'task:private' } }),
	// Coordination is offered (to the member) and taken by consent; nobody else may take it.
	row('POST /projects/[ref]?/declineCoordination',         '401 403 403 403 403 403'),
	row('POST /projects/[ref]?/handOver',                    '401 403 403 403 200 403', { form: { memberId: 'member-id:member' } }),
	row('POST /projects/[ref]?/take',                        '401 403 403 200 403 403'),
	row('POST /projects/[ref]?/status',                      '401 403 404 403 200 403', { params: { ref: 'project:private' }, form: { status: 'completed' } }),
	row('POST /projects/[ref]?/leave',                       '401 200 403 200 200 200'),

	// Settings: one's own account only; none names another member.
	row('GET /settings',                                     '303 200 200 200 200 200'),
	row('POST /settings',                                    '401 400 400 400 400 400'),
	row('GET /settings/preferences',                         '303 200 200 200 200 200'),
	row('POST /settings/preferences',                        '401 400 400 400 400 400'),
	row('GET /settings/privacy',                             '303 200 200 200 200 200'),
	row('POST /settings/privacy',                            '401 200 200 200 200 200'),
	// Federation: one's own blog is one's own choice; following from the organisation blog is for who may write it
	// (nobody here: the facilitator's mandate is Recife's). The ActivityPub URLs are public; an inbox wants a signature.
	row('GET /settings/federation',                          '303 200 200 200 200 200'),
	row('POST /settings/federation?/blog',                   '401 200 200 200 200 200', { form: { enabled: 'on' } }),
	row('POST /settings/federation?/follow',                 '401 403 403 403 403 403', { form: { target: 'someone@example.org' } }),
	row('GET /.well-known/webfinger',                        '200 200 200 200 200 200', { query: 'resource=acct:organisation.blog@localhost' }),
	row('GET /.well-known/host-meta',                        '200 200 200 200 200 200'),
	row('GET /.well-known/nodeinfo',                         '200 200 200 200 200 200'),
	row('GET /nodeinfo/2.1',                                 '200 200 200 200 200 200'),
	row('GET /ap/actors/[name]',                             '200 200 200 200 200 200', { params: { name: 'organisation.blog' } }),
	row('GET /ap/actors/[name]/outbox',                      '200 200 200 200 200 200', { params: { name: 'organisation.blog' } }),
	row('GET /ap/actors/[name]/followers',                   '200 200 200 200 200 200', { params: { name: 'organisation.blog' } }),
	row('POST /ap/actors/[name]/inbox',                      '415 415 415 415 415 415', { params: { name: 'organisation.blog' } }),
	row('POST /ap/inbox',                                    '415 415 415 415 415 415'),
	row('GET /ap/posts/[id]',                                '404 404 404 404 404 404', { params: { id: 'post-id:chapter' } }),
	row('GET /settings/membership',                          '303 200 200 200 200 200'),
	row('GET /settings/account',                             '303 200 200 200 200 200'),
	row('POST /settings/account?/email',                     '401 400 400 400 400 400'),
	row('POST /settings/account?/password',                  '401 400 400 400 400 400'),
	row('POST /settings/account?/delete',                    '401 400 400 400 400 400'),
	row('GET /settings/account/email',                       '303 400 400 400 400 400'),
	row('POST /settings/account/email',                      '400 400 400 400 400 400'),
	row('GET /settings/export',                              '303 200 200 200 200 200'),
	row('GET /settings/export/data.json',                    '401 200 200 200 200 200'),
	row('GET /settings/calendar',                            '303 200 200 200 200 200'),
	row('POST /settings/calendar?/make',                     '401 200 200 200 200 200'),
	row('POST /settings/calendar?/stop',                     '401 200 200 200 200 200'),
	row('GET /settings/sessions',                            '303 200 200 200 200 200'),
	row('POST /settings/sessions?/revoke',                   '401 404 404 404 404 404'),
	row('POST /settings/sessions?/others',                   '401 200 200 200 200 200'),
	row('GET /settings/tokens',                              '303 200 200 200 200 200'),
	row('POST /settings/tokens?/create',                     '401 200 200 200 200 200', { form: { name: 'Chat bot', scopes: ['read', 'vote'], expiresInDays: '30' } }),
	row('POST /settings/tokens?/create',                     '401 400 400 400 400 400', { form: { name: 'No scope', expiresInDays: '30' } }),
	row('POST /settings/tokens?/revoke',                     '401 404 404 404 404 404', { form: { token: '999999' } }),
	row('GET /settings/security',                            '303 200 200 200 200 200'),
	row('POST /settings/security?/begin',                    '401 200 200 200 200 200'),
	row('POST /settings/security?/confirm',                  '401 400 400 400 400 400', { form: { code: '000000' } }),
	row('POST /settings/security?/codes',                    '401 404 404 404 404 404', { form: { code: '000000' } }),
	row('POST /settings/security?/disable',                  '401 404 404 404 404 404', { form: { code: '000000' } }),
	row('POST /settings/security?/removePasskey',            '401 404 404 404 404 404', { form: { passkey: 'not-a-passkey' } }),
	row('POST /settings/security/passkeys/options',          '401 200 200 200 200 200'),
	row('POST /settings/security/passkeys',                  '401 400 400 400 400 400'),
	row('POST /logout',                                      '303 303 303 303 303 303')
];
