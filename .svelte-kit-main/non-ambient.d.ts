
// this file is generated — do not edit it


declare module "svelte/elements" {
	export interface HTMLAttributes<T> {
		'data-sveltekit-keepfocus'?: true | '' | 'off' | undefined | null;
		'data-sveltekit-noscroll'?: true | '' | 'off' | undefined | null;
		'data-sveltekit-preload-code'?:
			| true
			| ''
			| 'eager'
			| 'viewport'
			| 'hover'
			| 'tap'
			| 'off'
			| undefined
			| null;
		'data-sveltekit-preload-data'?: true | '' | 'hover' | 'tap' | 'off' | undefined | null;
		'data-sveltekit-reload'?: true | '' | 'off' | undefined | null;
		'data-sveltekit-replacestate'?: true | '' | 'off' | undefined | null;
	}
}

export {};


declare module "$app/types" {
	type MatcherParam<M> = M extends (param : string) => param is (infer U extends string) ? U : string;

	export interface AppTypes {
		RouteId(): "/" | "/@[handle]" | "/api" | "/api/v1" | "/api/v1/chapters" | "/api/v1/chapters/[slug]" | "/api/v1/decisions" | "/api/v1/decisions/[id]" | "/api/v1/glance" | "/api/v1/members" | "/blog" | "/blog/new" | "/chapters" | "/chapters/[slug]" | "/comments" | "/comments/[id]" | "/comments/[id]/edit" | "/comments/[id]/history" | "/decisions" | "/decisions/new" | "/decisions/[ref]" | "/decisions/[ref]/amendments" | "/decisions/[ref]/ballots.blt" | "/decisions/[ref]/ballots.json" | "/decisions/[ref]/edit" | "/decisions/[ref]/receipt" | "/decisions/[ref]/reminders" | "/decisions/[ref]/versions" | "/dev" | "/dev/decisions" | "/dev/decisions/[id]" | "/dev/decisions/[id]/advance" | "/dev/mail" | "/feeds" | "/feeds/chapters" | "/feeds/chapters/[slug].xml" | "/feeds/forums" | "/feeds/forums/[slug].xml" | "/feeds/members" | "/feeds/members/[handle].xml" | "/feeds/organisation.xml" | "/flag" | "/forums" | "/forums/[slug]" | "/glance" | "/images" | "/join" | "/join/check-email" | "/language" | "/login" | "/logout" | "/media" | "/media/[key]" | "/members" | "/posts" | "/posts/[ref]" | "/posts/[ref]/edit" | "/posts/[ref]/history" | "/reset" | "/reset/[token]" | "/search" | "/settings" | "/settings/account" | "/settings/account/email" | "/settings/preferences" | "/settings/privacy" | "/threads" | "/threads/[ref]" | "/verify" | "/verify/resend" | "/welcome";
		RouteParams(): {
			"/@[handle]": { handle: string };
			"/api/v1/chapters/[slug]": { slug: string };
			"/api/v1/decisions/[id]": { id: string };
			"/chapters/[slug]": { slug: string };
			"/comments/[id]": { id: string };
			"/comments/[id]/edit": { id: string };
			"/comments/[id]/history": { id: string };
			"/decisions/[ref]": { ref: string };
			"/decisions/[ref]/amendments": { ref: string };
			"/decisions/[ref]/ballots.blt": { ref: string };
			"/decisions/[ref]/ballots.json": { ref: string };
			"/decisions/[ref]/edit": { ref: string };
			"/decisions/[ref]/receipt": { ref: string };
			"/decisions/[ref]/reminders": { ref: string };
			"/decisions/[ref]/versions": { ref: string };
			"/dev/decisions/[id]": { id: string };
			"/dev/decisions/[id]/advance": { id: string };
			"/feeds/chapters/[slug].xml": { slug: string };
			"/feeds/forums/[slug].xml": { slug: string };
			"/feeds/members/[handle].xml": { handle: string };
			"/forums/[slug]": { slug: string };
			"/media/[key]": { key: string };
			"/posts/[ref]": { ref: string };
			"/posts/[ref]/edit": { ref: string };
			"/posts/[ref]/history": { ref: string };
			"/reset/[token]": { token: string };
			"/threads/[ref]": { ref: string }
		};
		LayoutParams(): {
			"/": { handle?: string | undefined; slug?: string | undefined; id?: string | undefined; ref?: string | undefined; key?: string | undefined; token?: string | undefined };
			"/@[handle]": { handle: string };
			"/api": { slug?: string | undefined; id?: string | undefined };
			"/api/v1": { slug?: string | undefined; id?: string | undefined };
			"/api/v1/chapters": { slug?: string | undefined };
			"/api/v1/chapters/[slug]": { slug: string };
			"/api/v1/decisions": { id?: string | undefined };
			"/api/v1/decisions/[id]": { id: string };
			"/api/v1/glance": Record<string, never>;
			"/api/v1/members": Record<string, never>;
			"/blog": Record<string, never>;
			"/blog/new": Record<string, never>;
			"/chapters": { slug?: string | undefined };
			"/chapters/[slug]": { slug: string };
			"/comments": { id?: string | undefined };
			"/comments/[id]": { id: string };
			"/comments/[id]/edit": { id: string };
			"/comments/[id]/history": { id: string };
			"/decisions": { ref?: string | undefined };
			"/decisions/new": Record<string, never>;
			"/decisions/[ref]": { ref: string };
			"/decisions/[ref]/amendments": { ref: string };
			"/decisions/[ref]/ballots.blt": { ref: string };
			"/decisions/[ref]/ballots.json": { ref: string };
			"/decisions/[ref]/edit": { ref: string };
			"/decisions/[ref]/receipt": { ref: string };
			"/decisions/[ref]/reminders": { ref: string };
			"/decisions/[ref]/versions": { ref: string };
			"/dev": { id?: string | undefined };
			"/dev/decisions": { id?: string | undefined };
			"/dev/decisions/[id]": { id: string };
			"/dev/decisions/[id]/advance": { id: string };
			"/dev/mail": Record<string, never>;
			"/feeds": { slug?: string | undefined; handle?: string | undefined };
			"/feeds/chapters": { slug?: string | undefined };
			"/feeds/chapters/[slug].xml": { slug: string };
			"/feeds/forums": { slug?: string | undefined };
			"/feeds/forums/[slug].xml": { slug: string };
			"/feeds/members": { handle?: string | undefined };
			"/feeds/members/[handle].xml": { handle: string };
			"/feeds/organisation.xml": Record<string, never>;
			"/flag": Record<string, never>;
			"/forums": { slug?: string | undefined };
			"/forums/[slug]": { slug: string };
			"/glance": Record<string, never>;
			"/images": Record<string, never>;
			"/join": Record<string, never>;
			"/join/check-email": Record<string, never>;
			"/language": Record<string, never>;
			"/login": Record<string, never>;
			"/logout": Record<string, never>;
			"/media": { key?: string | undefined };
			"/media/[key]": { key: string };
			"/members": Record<string, never>;
			"/posts": { ref?: string | undefined };
			"/posts/[ref]": { ref: string };
			"/posts/[ref]/edit": { ref: string };
			"/posts/[ref]/history": { ref: string };
			"/reset": { token?: string | undefined };
			"/reset/[token]": { token: string };
			"/search": Record<string, never>;
			"/settings": Record<string, never>;
			"/settings/account": Record<string, never>;
			"/settings/account/email": Record<string, never>;
			"/settings/preferences": Record<string, never>;
			"/settings/privacy": Record<string, never>;
			"/threads": { ref?: string | undefined };
			"/threads/[ref]": { ref: string };
			"/verify": Record<string, never>;
			"/verify/resend": Record<string, never>;
			"/welcome": Record<string, never>
		};
		Pathname(): "/" | `/@[handle]` & {} | "/api/v1/chapters" | `/api/v1/chapters/${string}` & {} | "/api/v1/decisions" | `/api/v1/decisions/${string}` & {} | "/api/v1/glance" | "/api/v1/members" | "/blog" | "/blog/new" | "/chapters" | `/chapters/${string}` & {} | `/comments/${string}/edit` & {} | `/comments/${string}/history` & {} | "/decisions" | "/decisions/new" | `/decisions/${string}` & {} | `/decisions/${string}/amendments` & {} | `/decisions/${string}/ballots.blt` & {} | `/decisions/${string}/ballots.json` & {} | `/decisions/${string}/edit` & {} | `/decisions/${string}/receipt` & {} | `/decisions/${string}/reminders` & {} | `/decisions/${string}/versions` & {} | `/dev/decisions/${string}/advance` & {} | "/dev/mail" | `/feeds/chapters/${string}.xml` & {} | `/feeds/forums/${string}.xml` & {} | `/feeds/members/${string}.xml` & {} | "/feeds/organisation.xml" | "/flag" | "/forums" | `/forums/${string}` & {} | "/glance" | "/images" | "/join" | "/join/check-email" | "/language" | "/login" | "/logout" | `/media/${string}` & {} | "/members" | `/posts/${string}` & {} | `/posts/${string}/edit` & {} | `/posts/${string}/history` & {} | "/reset" | `/reset/${string}` & {} | "/search" | "/settings" | "/settings/account" | "/settings/account/email" | "/settings/preferences" | "/settings/privacy" | `/threads/${string}` & {} | "/verify" | "/verify/resend" | "/welcome";
		ResolvedPathname(): `${"" | `/${string}`}${ReturnType<AppTypes['Pathname']>}`;
		Asset(): "/favicon.svg" | "/robots.txt" | string & {};
	}
}