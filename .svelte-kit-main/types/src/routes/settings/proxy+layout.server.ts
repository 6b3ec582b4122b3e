// @ts-nocheck
import { redirect } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';

export const load = async ({ locals, url }: Parameters<LayoutServerLoad>[0]) => {
	if (!locals.member) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
	return {};
};
