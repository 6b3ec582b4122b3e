/**
 * Every area's live topics, registered before the live endpoint reads the registry. A new area
 * adds one import line here (its module calls registerLiveTopic).
 */
import './builtin-topics';
import '$lib/server/conventions/live';
