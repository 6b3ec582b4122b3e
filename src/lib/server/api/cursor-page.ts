import { positionId } from '$lib/server/paging';
import { parseInput } from '$lib/server/validation';
import { chapterListQuery } from './operations';

/**
 * One page of a list read in order of id from `cursor` (the id it goes on from), as the chapter
 * lists are: the query read and checked, and the list's `next` sent as a string, like every id
 * the API sends.
 */
export async function pageByCursor<T extends { next: number | null }>(
	query: Record<string, string>,
	list: (after: number | undefined) => Promise<T>
): Promise<Omit<T, 'next'> & { next: string | null }> {
	const { cursor } = parseInput(chapterListQuery, query);
	const page = await list(positionId(cursor));
	return { ...page, next: page.next === null ? null : String(page.next) };
}
