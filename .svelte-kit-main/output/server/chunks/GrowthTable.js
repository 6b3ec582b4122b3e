import { S as escape_html, a as ensure_array_like, c as stringify, i as derived, n as attr_style, t as attr_class, x as attr } from "./server.js";
import { n as glance_joined, r as glance_year, t as glance_total } from "./glance_total.js";
// src/lib/components/Figures.svelte
function Figures($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** Headline numbers as a list of labelled cards, formatted for the reader's locale. */
		let { items, locale, label } = $$props;
		const format = derived(() => new Intl.NumberFormat(locale));
		$$renderer.push(`<dl class="figures svelte-l3stpt"${attr("aria-label", label)}><!--[-->`);
		const each_array = ensure_array_like(items);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let item = each_array[$$index];
			$$renderer.push(`<div class="svelte-l3stpt"><dt class="svelte-l3stpt">${escape_html(item.label)}</dt> <dd${attr("data-testid", item.testId)} class="svelte-l3stpt">${escape_html(format().format(item.value))}</dd></div>`);
		}
		$$renderer.push(`<!--]--></dl>`);
	});
}
// src/lib/components/GrowthTable.svelte
function GrowthTable($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** Members joined per year and the running total, with a bar for the total. */
		let { growth, caption, captionHidden = false, locale } = $$props;
		const format = derived(() => new Intl.NumberFormat(locale));
		const max = derived(() => Math.max(1, ...growth.map((g) => g.total)));
		$$renderer.push(`<table><caption${attr_class("", void 0, { "visually-hidden": captionHidden })}>${escape_html(caption)}</caption><thead><tr><th scope="col">${escape_html(glance_year())}</th><th scope="col">${escape_html(glance_joined())}</th><th scope="col">${escape_html(glance_total())}</th></tr></thead><tbody><!--[-->`);
		const each_array = ensure_array_like(growth);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let g = each_array[$$index];
			$$renderer.push(`<tr><th scope="row">${escape_html(g.year)}</th><td>${escape_html(format().format(g.joined))}</td><td><span class="bar svelte-1v00kn9"${attr_style("", { "inline-size": `${stringify(g.total / max() * 10)}rem` })}></span> ${escape_html(format().format(g.total))}</td></tr>`);
		}
		$$renderer.push(`<!--]--></tbody></table>`);
	});
}
export { Figures as n, GrowthTable as t };
