import { S as escape_html, a as ensure_array_like, c as stringify, i as derived, o as head, t as attr_class, x as attr } from "../../../chunks/server.js";
import { C as glance_active_chapters, D as glance_members, E as glance_active_members, O as glance_intro, S as glance_map_heading, T as glance_countries, _ as glance_table_caption, a as glance_ready_not_yet, b as glance_map_desc, c as glance_ready_not_met, d as glance_ready_countries, f as glance_ready_chapters, g as glance_country, h as glance_growth, i as glance_demographics, k as glance_title, l as glance_ready_met, m as glance_ready_heading, n as glance_too_few, o as glance_ready_all, p as glance_ready_intro, r as glance_demographics_note, s as glance_ready_progress, t as glance_some_hidden, u as glance_ready_continents, v as glance_map_privacy, w as glance_continents, x as glance_map_title, y as glance_map_legend } from "../../../chunks/glance_some_hidden.js";
import { a as privacy_gender, i as privacy_gender_f, n as privacy_gender_x, r as privacy_gender_m, t as privacy_age_band } from "../../../chunks/privacy_age_band.js";
import { n as Figures, t as GrowthTable } from "../../../chunks/GrowthTable.js";
// src/routes/glance/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const nf = derived(() => new Intl.NumberFormat(data.locale));
		const pf = derived(() => new Intl.NumberFormat(data.locale, { style: "percent" }));
		const r = derived(() => data.readiness);
		const genderLabel = (key) => key === "f" ? privacy_gender_f() : key === "m" ? privacy_gender_m() : privacy_gender_x();
		const progress = (have, need) => Math.min(100, Math.round(have / need * 100));
		const goals = derived(() => [
			{
				label: glance_ready_chapters({
					count: r().preconditions.minChapters,
					share: pf().format(r().preconditions.minWomenShare)
				}),
				have: r().chapters,
				need: r().preconditions.minChapters,
				met: r().met.chapters
			},
			{
				label: glance_ready_countries({ count: r().preconditions.minCountries }),
				have: r().countries,
				need: r().preconditions.minCountries,
				met: r().met.countries
			},
			{
				label: glance_ready_continents({ count: r().preconditions.minContinents }),
				have: r().continents,
				need: r().preconditions.minContinents,
				met: r().met.continents
			}
		]);
		head("1g3i8f9", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(glance_title())} — ${escape_html(data.orgName)}</title>`);
			});
		});
		$$renderer.push(`<div class="container page stack"><h1>${escape_html(glance_title())}</h1> <p>${escape_html(glance_intro({ name: data.orgName }))}</p> `);
		Figures($$renderer, {
			locale: data.locale,
			items: [
				{
					label: glance_members(),
					value: data.members
				},
				{
					label: glance_active_members(),
					value: data.activeMembers
				},
				{
					label: glance_countries(),
					value: data.countries,
					testId: "country-count"
				},
				{
					label: glance_continents(),
					value: data.continents
				},
				{
					label: glance_active_chapters(),
					value: data.activeChapters
				}
			]
		});
		$$renderer.push(`<!----> <section aria-labelledby="map-heading" class="stack"><h2 id="map-heading">${escape_html(glance_map_heading())}</h2> <div class="map-and-table svelte-1g3i8f9"><figure class="map svelte-1g3i8f9"><svg${attr("viewBox", `0 0 ${stringify(data.map.width)} ${stringify(data.map.height)}`)} role="img" aria-labelledby="map-title map-desc" class="svelte-1g3i8f9"><title id="map-title">${escape_html(glance_map_title())}</title><desc id="map-desc">${escape_html(glance_map_desc({
			countries: nf().format(data.countries),
			members: nf().format(data.byCountry.reduce((a, c) => a + c.members, 0))
		}))}</desc><!--[-->`);
		const each_array = ensure_array_like(data.map.shapes);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let s = each_array[$$index];
			$$renderer.push(`<path${attr("d", s.d)}${attr_class(`l${stringify(s.level)}`, "svelte-1g3i8f9")}>`);
			if (s.title) $$renderer.push(`<!--[0--><title>${escape_html(s.title)}</title>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></path>`);
		}
		$$renderer.push(`<!--]--></svg> <figcaption class="svelte-1g3i8f9"><span class="legend svelte-1g3i8f9" aria-hidden="true"><!--[-->`);
		const each_array_1 = ensure_array_like([
			0,
			1,
			2,
			3,
			4,
			5
		]);
		for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
			let level = each_array_1[$$index_1];
			$$renderer.push(`<span${attr_class(`swatch l${stringify(level)}`, "svelte-1g3i8f9")}></span>`);
		}
		$$renderer.push(`<!--]--></span> ${escape_html(glance_map_legend({ max: nf().format(data.map.max) }))}</figcaption></figure> <div class="table-scroll svelte-1g3i8f9"><table><caption id="country-table">${escape_html(glance_table_caption())}</caption><thead><tr><th scope="col">${escape_html(glance_country())}</th><th scope="col">${escape_html(glance_members())}</th></tr></thead><tbody><!--[-->`);
		const each_array_2 = ensure_array_like(data.byCountry);
		for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
			let c = each_array_2[$$index_2];
			$$renderer.push(`<tr><th scope="row">${escape_html(c.name)}</th><td>${escape_html(nf().format(c.members))}</td></tr>`);
		}
		$$renderer.push(`<!--]--></tbody></table></div></div> <p class="muted">${escape_html(glance_map_privacy())}</p></section> <section aria-labelledby="ready-heading" class="stack card"><h2 id="ready-heading">${escape_html(glance_ready_heading())}</h2> <p>${escape_html(glance_ready_intro())}</p> <ul class="goals svelte-1g3i8f9"><!--[-->`);
		const each_array_3 = ensure_array_like(goals());
		for (let $$index_3 = 0, $$length = each_array_3.length; $$index_3 < $$length; $$index_3++) {
			let g = each_array_3[$$index_3];
			$$renderer.push(`<li class="svelte-1g3i8f9"><span>${escape_html(g.label)}</span> <span class="goal-figure svelte-1g3i8f9">${escape_html(g.met ? glance_ready_met() : glance_ready_not_met())}:
						${escape_html(glance_ready_progress({
				have: nf().format(g.have),
				need: nf().format(g.need)
			}))}</span> <progress max="100"${attr("value", progress(g.have, g.need))}${attr("aria-label", g.label)} class="svelte-1g3i8f9">${escape_html(progress(g.have, g.need))}%</progress></li>`);
		}
		$$renderer.push(`<!--]--></ul> <p><strong>${escape_html(r().met.all ? glance_ready_all() : glance_ready_not_yet())}</strong></p></section> <section aria-labelledby="growth-heading" class="stack"><h2 id="growth-heading">${escape_html(glance_growth())}</h2> `);
		GrowthTable($$renderer, {
			growth: data.growth,
			caption: glance_growth(),
			captionHidden: true,
			locale: data.locale
		});
		$$renderer.push(`<!----></section> <section aria-labelledby="demo-heading" class="stack"><h2 id="demo-heading">${escape_html(glance_demographics())}</h2> <p class="muted">${escape_html(glance_demographics_note({ min: 10 }))}</p> <div class="demographics svelte-1g3i8f9"><table><caption>${escape_html(privacy_gender())}</caption><tbody>`);
		const each_array_4 = ensure_array_like(data.gender.groups);
		if (each_array_4.length !== 0) {
			$$renderer.push("<!--[-->");
			for (let $$index_4 = 0, $$length = each_array_4.length; $$index_4 < $$length; $$index_4++) {
				let g = each_array_4[$$index_4];
				$$renderer.push(`<tr><th scope="row">${escape_html(genderLabel(g.key))}</th><td>${escape_html(nf().format(g.members))}</td></tr>`);
			}
		} else $$renderer.push(`<!--[!--><tr><td colspan="2">${escape_html(glance_too_few())}</td></tr>`);
		$$renderer.push(`<!--]--></tbody></table> <table><caption>${escape_html(privacy_age_band())}</caption><tbody>`);
		const each_array_5 = ensure_array_like(data.ageBand.groups);
		if (each_array_5.length !== 0) {
			$$renderer.push("<!--[-->");
			for (let $$index_5 = 0, $$length = each_array_5.length; $$index_5 < $$length; $$index_5++) {
				let g = each_array_5[$$index_5];
				$$renderer.push(`<tr><th scope="row" dir="ltr">${escape_html(g.key)}</th><td>${escape_html(nf().format(g.members))}</td></tr>`);
			}
		} else $$renderer.push(`<!--[!--><tr><td colspan="2">${escape_html(glance_too_few())}</td></tr>`);
		$$renderer.push(`<!--]--></tbody></table></div> `);
		if (data.gender.hidden || data.ageBand.hidden) $$renderer.push(`<!--[0--><p class="muted">${escape_html(glance_some_hidden())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></section></div>`);
	});
}
export { _page as default };
