import { S as escape_html, a as ensure_array_like, c as stringify, x as attr } from "../../chunks/server.js";
import "../../chunks/index-server.js";
import { _ as skip_to_content, a as onboarding_nav, c as chapter_nav, d as language_change, f as language_label, g as nav_main_label, h as nav_home, i as blog_nav, l as footer_dev_mail, m as nav_profile, n as search_nav, o as glance_nav, p as nav_settings, r as forum_nav, s as directory_nav, t as decisions_nav, u as footer_text } from "../../chunks/decisions_nav.js";
import { t as nav_join } from "../../chunks/nav_join.js";
import { t as nav_login } from "../../chunks/nav_login.js";
import { t as nav_logout } from "../../chunks/nav_logout.js";
// src/lib/components/LanguageSwitcher.svelte
function LanguageSwitcher($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { locales, current, here } = $$props;
		$$renderer.push(`<form class="switcher svelte-1v2j48r" method="POST" action="/language"><input type="hidden" name="redirectTo"${attr("value", here)}/> <label for="language-select">${escape_html(language_label())}</label> <select id="language-select" name="locale" class="svelte-1v2j48r"><!--[-->`);
		const each_array = ensure_array_like(locales);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let option = each_array[$$index];
			$$renderer.option({
				value: option.code,
				lang: option.code,
				selected: option.code === current
			}, ($$renderer) => {
				$$renderer.push(`${escape_html(option.autonym)}`);
			});
		}
		$$renderer.push(`<!--]--></select> `);
		$$renderer.push(`<!--[0--><button class="button secondary svelte-1v2j48r" type="submit">${escape_html(language_change())}</button>`);
		$$renderer.push(`<!--]--></form>`);
	});
}
// src/routes/+layout.svelte
function _layout($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, children } = $$props;
		$$renderer.push(`<a class="skip-link svelte-12qhfyh" href="#main">${escape_html(skip_to_content())}</a> <header class="site-header svelte-12qhfyh"><div class="container bar svelte-12qhfyh"><a class="brand svelte-12qhfyh" href="/"><svg aria-hidden="true" viewBox="0 0 32 32" width="28" height="28" class="svelte-12qhfyh"><circle cx="16" cy="16" r="15" fill="currentColor"></circle><circle cx="16" cy="11" r="4" fill="#fff"></circle><circle cx="9.5" cy="20" r="4" fill="#f2c14e"></circle><circle cx="22.5" cy="20" r="4" fill="#f2c14e"></circle></svg> <span>${escape_html(data.orgName)}</span></a> <nav${attr("aria-label", nav_main_label())} class="svelte-12qhfyh"><ul class="svelte-12qhfyh"><li><a href="/">${escape_html(nav_home())}</a></li> <li><a href="/chapters">${escape_html(chapter_nav())}</a></li> <li><a href="/members">${escape_html(directory_nav())}</a></li> <li><a href="/glance">${escape_html(glance_nav())}</a></li> <li><a href="/blog">${escape_html(blog_nav())}</a></li> <li><a href="/forums">${escape_html(forum_nav())}</a></li> <li><a href="/decisions">${escape_html(decisions_nav())}</a></li> <li><a href="/search">${escape_html(search_nav())}</a></li> `);
		if (data.member) $$renderer.push(`<!--[0--><li><a href="/welcome">${escape_html(onboarding_nav())}</a></li> <li><a${attr("href", `/@${stringify(data.member.handle)}`)}>${escape_html(nav_profile())}</a></li> <li><a href="/settings">${escape_html(nav_settings())}</a></li> <li><form method="POST" action="/logout" class="svelte-12qhfyh"><button class="button link" type="submit">${escape_html(nav_logout())}</button></form></li>`);
		else $$renderer.push(`<!--[-1--><li><a href="/login">${escape_html(nav_login())}</a></li> <li><a class="button" href="/join">${escape_html(nav_join())}</a></li>`);
		$$renderer.push(`<!--]--></ul></nav> `);
		LanguageSwitcher($$renderer, {
			locales: data.locales,
			current: data.locale,
			here: data.here
		});
		$$renderer.push(`<!----></div></header> <main id="main" tabindex="-1" class="svelte-12qhfyh">`);
		children($$renderer);
		$$renderer.push(`<!----></main> <footer class="site-footer svelte-12qhfyh"><div class="container"><p>${escape_html(footer_text({ name: data.orgName }))}</p> `);
		if (data.devMailbox) $$renderer.push(`<!--[0--><p><a href="/dev/mail">${escape_html(footer_dev_mail())}</a></p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div></footer>`);
	});
}
export { _layout as default };
