import { S as escape_html, a as ensure_array_like, i as derived, x as attr } from "../../../chunks/server.js";
import { t as settings_nav_label } from "../../../chunks/settings_nav_label.js";
import { t as settings_profile } from "../../../chunks/settings_profile.js";
import { t as settings_preferences } from "../../../chunks/settings_preferences.js";
import { t as settings_account } from "../../../chunks/settings_account.js";
import { t as privacy_title } from "../../../chunks/privacy_title.js";
import { t as page } from "../../../chunks/state.js";
// src/routes/settings/+layout.svelte
function _layout($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { children } = $$props;
		const links = derived(() => [
			{
				href: "/settings",
				label: settings_profile()
			},
			{
				href: "/settings/preferences",
				label: settings_preferences()
			},
			{
				href: "/settings/privacy",
				label: privacy_title()
			},
			{
				href: "/settings/account",
				label: settings_account()
			}
		]);
		$$renderer.push(`<div class="container page settings svelte-15zgomd"><nav${attr("aria-label", settings_nav_label())} class="svelte-15zgomd"><ul class="svelte-15zgomd"><!--[-->`);
		const each_array = ensure_array_like(links());
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let link = each_array[$$index];
			$$renderer.push(`<li><a${attr("href", link.href)}${attr("aria-current", page.url.pathname === link.href ? "page" : void 0)} class="svelte-15zgomd">${escape_html(link.label)}</a></li>`);
		}
		$$renderer.push(`<!--]--></ul></nav> <div class="stack content svelte-15zgomd">`);
		children($$renderer);
		$$renderer.push(`<!----></div></div>`);
	});
}
export { _layout as default };
