/**
 * Every handler the dispatcher runs, in order. An area adds its handler here; handlers never call
 * each other, they only react to events.
 */
import { mailHandler } from '$lib/server/accounts/mail-handler';
import { settingsDecisionHandler } from '$lib/server/instance/changes';
import { leaverHandler } from '$lib/server/mandates/handlers';
import { recallHandler } from '$lib/server/mandates/recall';
import { liveHandler } from '$lib/server/live/handler';
import { notificationHandler } from '$lib/server/notifications/handler';
import { federationHandler } from '$lib/server/federation/handler';
import type { EventHandler } from './dispatcher';

export const handlers: EventHandler[] = [
	mailHandler,
	recallHandler,
	leaverHandler,
	settingsDecisionHandler,
	notificationHandler,
	liveHandler,
	federationHandler
];
