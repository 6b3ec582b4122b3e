/**
 * Every area that takes comments, registered with comments (src/lib/server/comments/registry.ts).
 * Comments' entry points import this module, so the registry is full before it is read; a new
 * commentable area adds its `commentable.ts` here.
 */
import '$lib/server/writing/commentable';
import '$lib/server/decisions/commentable';
import '$lib/server/projects/commentable';
import '$lib/server/elections/commentable';
