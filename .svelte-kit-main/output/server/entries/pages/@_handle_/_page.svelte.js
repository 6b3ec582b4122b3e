import { S as escape_html, c as stringify, i as derived, o as head, x as attr } from "../../../chunks/server.js";
import { a as profile_member_since, i as profile_about, n as profile_edit, o as profile_languages, r as profile_no_bio, s as profile_location, t as tier_label } from "../../../chunks/tier_label.js";
// src/routes/@[handle]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const p = derived(() => data.profile);
		const joined = derived(() => new Intl.DateTimeFormat(data.locale, {
			year: "numeric",
			month: "long"
		}).format(new Date(p().createdAt)));
		const initials = derived(() => p().displayName.split(/\s+/).slice(0, 2).map((w) => w[0] ?? "").join("").toUpperCase());
		head("4rchk5", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(p().displayName)} (@${escape_html(p().handle)}) — ${escape_html(data.orgName)}</title>`);
			});
		});
		$$renderer.push(`<div class="container page"><article class="profile card svelte-4rchk5">`);
		if (p().avatar) $$renderer.push(`<!--[0--><img class="avatar svelte-4rchk5"${attr("src", `${stringify(p().avatar)}?size=large`)} alt="" width="128" height="128"/>`);
		else $$renderer.push(`<!--[-1--><div class="avatar svelte-4rchk5" aria-hidden="true">${escape_html(initials())}</div>`);
		$$renderer.push(`<!--]--> <div class="stack"><h1 dir="auto" class="svelte-4rchk5">${escape_html(p().displayName)}</h1> <p class="handle svelte-4rchk5" dir="ltr">@${escape_html(p().handle)}</p> <dl class="facts svelte-4rchk5"><div class="svelte-4rchk5"><dt class="svelte-4rchk5">${escape_html(profile_location())}</dt> <dd dir="auto" class="svelte-4rchk5">${escape_html(p().city ? `${p().city}, ${p().countryName}` : p().countryName)}</dd></div> `);
		if (p().languageNames.length) $$renderer.push(`<!--[0--><div class="svelte-4rchk5"><dt class="svelte-4rchk5">${escape_html(profile_languages())}</dt> <dd class="svelte-4rchk5">${escape_html(p().languageNames.join(", "))}</dd></div>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <div class="svelte-4rchk5"><dt class="svelte-4rchk5">${escape_html(tier_label())}</dt> <dd class="svelte-4rchk5">${escape_html(p().tierName)}</dd></div> <div class="svelte-4rchk5"><dt class="svelte-4rchk5">${escape_html(profile_member_since())}</dt> <dd class="svelte-4rchk5">${escape_html(joined())}</dd></div></dl> `);
		if (p().bio) $$renderer.push(`<!--[0--><h2 class="visually-hidden">${escape_html(profile_about())}</h2> <p class="bio svelte-4rchk5" dir="auto">${escape_html(p().bio)}</p>`);
		else $$renderer.push(`<!--[-1--><p class="muted">${escape_html(profile_no_bio())}</p>`);
		$$renderer.push(`<!--]--> `);
		if (p().own) $$renderer.push(`<!--[0--><p><a class="button secondary" href="/settings">${escape_html(profile_edit())}</a></p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div></article></div>`);
	});
}
export { _page as default };
