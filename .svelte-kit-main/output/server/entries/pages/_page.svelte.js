import { S as escape_html, a as ensure_array_like, c as stringify, i as derived, o as head, x as attr } from "../../chunks/server.js";
import { t as nav_login } from "../../chunks/nav_login.js";
import { a as landing_how_heading, c as landing_figure_members, d as landing_welcome_back, f as landing_join, i as landing_how_1, l as landing_figures_label, n as landing_how_3, o as landing_values_heading, r as landing_how_2, s as landing_figure_countries, t as landing_how_4, u as landing_your_profile } from "../../chunks/landing_how_4.js";
// src/routes/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const number = derived(() => new Intl.NumberFormat(data.locale));
		head("1uha8ag", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(data.presentation.name)} — ${escape_html(data.presentation.tagline)}</title>`);
			});
			$$renderer.push(`<meta name="description"${attr("content", data.presentation.mission)}/>`);
		});
		$$renderer.push(`<section class="hero svelte-1uha8ag"><div class="container hero-grid svelte-1uha8ag"><div class="stack"><p class="eyebrow svelte-1uha8ag">${escape_html(data.presentation.tagline)}</p> <h1>${escape_html(data.presentation.name)}</h1> <p class="mission svelte-1uha8ag">${escape_html(data.presentation.mission)}</p> <div class="form-actions">`);
		if (data.member) $$renderer.push(`<!--[0--><p class="welcome svelte-1uha8ag">${escape_html(landing_welcome_back({ name: data.member.displayName }))}</p> <a class="button"${attr("href", `/@${stringify(data.member.handle)}`)}>${escape_html(landing_your_profile())}</a>`);
		else $$renderer.push(`<!--[-1--><a class="button" href="/join">${escape_html(landing_join())}</a> <a class="button secondary" href="/login">${escape_html(nav_login())}</a>`);
		$$renderer.push(`<!--]--></div></div> <dl class="figures svelte-1uha8ag"${attr("aria-label", landing_figures_label())}><div class="svelte-1uha8ag"><dt class="svelte-1uha8ag">${escape_html(landing_figure_members())}</dt> <dd class="svelte-1uha8ag">${escape_html(number().format(data.figures.members))}</dd></div> <div class="svelte-1uha8ag"><dt class="svelte-1uha8ag">${escape_html(landing_figure_countries())}</dt> <dd class="svelte-1uha8ag">${escape_html(number().format(data.figures.countries))}</dd></div></dl></div></section> <section class="container page" aria-labelledby="values-heading"><h2 id="values-heading">${escape_html(landing_values_heading())}</h2> <ul class="values svelte-1uha8ag"><!--[-->`);
		const each_array = ensure_array_like(data.presentation.values);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let value = each_array[$$index];
			$$renderer.push(`<li class="card"><h3 class="svelte-1uha8ag">${escape_html(value.title)}</h3> <p>${escape_html(value.text)}</p></li>`);
		}
		$$renderer.push(`<!--]--></ul> <div class="how card svelte-1uha8ag"><h2>${escape_html(landing_how_heading())}</h2> <ol class="svelte-1uha8ag"><li>${escape_html(landing_how_1())}</li> <li>${escape_html(landing_how_2())}</li> <li>${escape_html(landing_how_3())}</li> <li>${escape_html(landing_how_4())}</li></ol> `);
		if (!data.member) $$renderer.push(`<!--[0--><a class="button" href="/join">${escape_html(landing_join())}</a>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div></section>`);
	});
}
export { _page as default };
