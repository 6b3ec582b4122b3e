/**
 * A role's name in the reader's language. Roles are rows the members may add to by decision, so a
 * role without a translation is shown by its key.
 */
import { m } from '$lib/paraglide/messages.js';
import type { Locale } from '$lib/paraglide/runtime.js';

export function roleName(key: string, locale?: Locale): string {
	const options = locale ? { locale } : undefined;
	switch (key) {
		case 'facilitator':
			return m.role_name_facilitator({}, options);
		case 'committee-seat':
			return m.role_name_committee_seat({}, options);
		case 'delegate':
			return m.role_name_delegate({}, options);
		default:
			return key;
	}
}
