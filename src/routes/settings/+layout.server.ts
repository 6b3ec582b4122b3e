import { memberOrLogIn } from '$lib/server/http';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async (event) => {
	memberOrLogIn(event);
	return {};
};
