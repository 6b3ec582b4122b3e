import { m } from '$lib/paraglide/messages.js';

/**
 * The name to show for a person whose name a query selected through `publicName`: an erased
 * account has none, and reads "Former member" in the reader's language.
 */
export function shownName(name: string | null | undefined): string {
	return name || m.former_member();
}
