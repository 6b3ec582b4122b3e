import type { Db } from '$lib/server/db/client';
import type { SessionMember } from '$lib/server/accounts/sessions';
import type { App as PlenaryApp } from '$lib/server/app';
import type { Locale } from '$lib/paraglide/runtime.js';
import type { Actor } from '$lib/domain/members/actor';
import type { Theme } from '$lib/domain/members/themes';

declare global {
	namespace App {
		interface Error {
			message: string;
			id?: string;
		}
		interface Locals {
			db: Db;
			app: PlenaryApp;
			member: SessionMember | null;
			/** Who is acting, built once per request by the server hook; null for a visitor. */
			actor: Actor | null;
			sessionToken: string | null;
			locale: Locale;
			/** The colours this browser chose in the footer ('system' when it chose none). */
			theme: Theme;
			/** The language this browser read in before the account's replaced it, on that one page. */
			languageSwitchedFrom?: Locale;
		}
	}
}

export {};
