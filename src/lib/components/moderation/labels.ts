import { m } from '$lib/paraglide/messages.js';

/** A verdict's name, as jurors choose it and the log shows it. */
export const VERDICT_LABELS: Record<string, () => string> = {
	keep: m.moderation_verdict_keep,
	warn: m.moderation_verdict_warn,
	hide: m.moderation_verdict_hide,
	suspend: m.moderation_verdict_suspend
};

/** What kind of thing was flagged. */
export const SUBJECT_LABELS: Record<string, () => string> = {
	post: m.moderation_subject_post,
	thread: m.moderation_subject_thread,
	comment: m.moderation_subject_comment,
	message: m.moderation_subject_message,
	'remote-reply': m.moderation_subject_remote_reply
};

export const subjectLabel = (type: string) =>
	(SUBJECT_LABELS[type] ?? m.moderation_subject_other)();
export const verdictLabel = (verdict: string | null) =>
	verdict ? (VERDICT_LABELS[verdict]?.() ?? verdict) : '';
