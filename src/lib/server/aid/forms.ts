import type { Actor } from '$lib/domain/members/actor';
import { AID_CATEGORIES, AID_KINDS, expiryBounds } from '$lib/domain/aid/rules';
import { languageOptions } from '$lib/server/geo/languages';
import type { AnyEvent } from '$lib/server/http';
import { writableChapters } from '$lib/server/writing/queries';

/** What the post and edit forms offer: kinds, categories, the author's chapters, languages, days. */
export async function aidFormData(event: Pick<AnyEvent, 'locals'>, actor: Actor) {
	return {
		kinds: AID_KINDS,
		categories: AID_CATEGORIES,
		chapters: await writableChapters(event.locals.db, actor),
		languages: languageOptions(event.locals.locale),
		expiry: expiryBounds(new Date())
	};
}
