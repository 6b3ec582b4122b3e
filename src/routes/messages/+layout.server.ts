import type { LayoutServerLoad } from './$types';

// Private conversations are kept nowhere but the database: not in the browser's disk cache (a
// shared computer), and not among the pages the server keeps for a member (page-cache.ts keeps
// nothing marked no-store).
export const load: LayoutServerLoad = ({ setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store' });
};
