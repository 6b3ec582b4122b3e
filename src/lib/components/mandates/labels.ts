import { m } from '$lib/paraglide/messages.js';

/** Translated names of the kinds of scope a role is held in, and of the rights a role gives. */
const SCOPE_KINDS: Record<string, () => string> = {
	organisation: m.role_scope_organisation,
	chapter: m.role_scope_chapter,
	committee: m.role_scope_committee,
	project: m.role_scope_project
};
/** The settings pages name the rights (src/lib/server/instance/registry.ts); one label each. */
const RIGHTS: Record<string, () => string> = {
	post: m.right_label_post,
	comment: m.right_label_comment,
	vote: m.right_label_vote,
	propose: m.right_label_propose,
	stand: m.right_label_stand,
	'start-project': m.right_label_start_project,
	'join-chapter': m.right_label_join_chapter,
	'write-organisation-news': m.right_label_write_organisation_news,
	'pin-thread': m.right_label_pin_thread,
	'lock-thread': m.right_label_lock_thread,
	'manage-forums': m.right_label_manage_forums
};

export const scopeKindLabel = (k: string) => SCOPE_KINDS[k]?.() ?? k;
export const rightLabel = (r: string) => RIGHTS[r]?.() ?? r;
