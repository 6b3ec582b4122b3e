import { m } from '$lib/paraglide/messages.js';

/** The translated names of the board's fixed lists (kinds, categories, states). */
export const kindLabel: Record<string, () => string> = {
	offer: m.aid_kind_offer,
	request: m.aid_kind_request
};

export const categoryLabel: Record<string, () => string> = {
	housing: m.aid_category_housing,
	transport: m.aid_category_transport,
	food: m.aid_category_food,
	skills: m.aid_category_skills,
	childcare: m.aid_category_childcare,
	translation: m.aid_category_translation,
	legal: m.aid_category_legal,
	tools: m.aid_category_tools,
	other: m.aid_category_other
};

export const statusLabel: Record<string, () => string> = {
	open: m.aid_status_open,
	fulfilled: m.aid_status_fulfilled,
	withdrawn: m.aid_status_withdrawn,
	expired: m.aid_status_expired
};

/** The last day a post is on the board (it leaves at the end of that day, UTC). */
export function lastDay(expiresAt: Date | string): Date {
	return new Date(new Date(expiresAt).getTime() - 1);
}
