/**
 * Every area whose things can be flagged, registered with moderation
 * (src/lib/server/moderation/subjects.ts). Moderation's entry points import this module, so the
 * registry is full before it is read; a new flaggable area adds its registration here.
 */
import '$lib/server/writing/moderated';
import '$lib/server/messages/moderation';
import '$lib/server/federation/moderated';
