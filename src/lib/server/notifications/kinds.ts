/**
 * What a notification can say. Each kind has its line in the centre, its mail and its place in
 * the digest (messages/notifications); routing.ts says which events make which kind, for whom.
 */
export const NOTIFICATION_KINDS = [
	'mention',
	'reply',
	'comment',
	'task-assigned',
	'task-offered',
	'coordination-offered',
	'coauthor-invited',
	'vote-open',
	'vote-closing',
	'amendments-open',
	'petition-open',
	'decision-closed',
	'project-update',
	'mandate-granted',
	'jury-summoned',
	'jury-verdict',
	'message'
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** The channels a notification can go by: the centre always, then mail now or the digest. */
export type Channel = 'in-app' | 'email-now' | 'digest';

export type ChannelSettings = { emailNow: boolean; digest: 'off' | 'daily' | 'weekly' };

export const DEFAULT_SETTINGS: ChannelSettings = { emailNow: true, digest: 'daily' };

/**
 * Where a notification goes, given whether it needs the member soon and what they chose. Pure:
 * what needs action goes by mail at once when they want that, everything else waits for the
 * digest; with mail at once turned off, urgent things wait for the digest too.
 */
export function channelsFor(urgent: boolean, settings: ChannelSettings): Channel[] {
	if (urgent && settings.emailNow) return ['in-app', 'email-now'];
	return settings.digest === 'off' ? ['in-app'] : ['in-app', 'digest'];
}

/** Each kind's line (with the thing's title), in messages/notifications. */
export const KIND_MESSAGES: Record<NotificationKind, string> = {
	mention: 'notify_kind_mention',
	reply: 'notify_kind_reply',
	comment: 'notify_kind_comment',
	'task-assigned': 'notify_kind_task_assigned',
	'task-offered': 'notify_kind_task_offered',
	'coordination-offered': 'notify_kind_coordination_offered',
	'coauthor-invited': 'notify_kind_coauthor_invited',
	'vote-open': 'notify_kind_vote_open',
	'vote-closing': 'notify_kind_vote_closing',
	'amendments-open': 'notify_kind_amendments_open',
	'petition-open': 'notify_kind_petition_open',
	'decision-closed': 'notify_kind_decision_closed',
	'project-update': 'notify_kind_project_update',
	'mandate-granted': 'notify_kind_mandate_granted',
	'jury-summoned': 'notify_kind_jury_summoned',
	'jury-verdict': 'notify_kind_jury_verdict',
	message: 'notify_kind_message'
};
