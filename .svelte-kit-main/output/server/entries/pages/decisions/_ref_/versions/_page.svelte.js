import { S as escape_html, a as ensure_array_like, c as stringify, i as derived, o as head, x as attr } from "../../../../../chunks/server.js";
import { a as decision_versions_to, i as decision_versions_compare, n as decision_versions_list, o as decision_versions_from, r as decision_versions_diff, s as decision_versions_title, t as decision_version_from_amendment } from "../../../../../chunks/decision_version_from_amendment.js";
import { r as decision_version_n } from "../../../../../chunks/diff_removed.js";
import { t as Diff } from "../../../../../chunks/Diff.js";
import { n as formatDateTime } from "../../../../../chunks/dates.js";
// src/routes/decisions/[ref]/versions/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const url = derived(() => `/decisions/${data.decision.id}-${data.decision.slug}`);
		head("wje2v8", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(decision_versions_title())} — ${escape_html(data.decision.title)} — ${escape_html(data.orgName)}</title>`);
			});
		});
		$$renderer.push(`<div class="container page stack"><h1>${escape_html(decision_versions_title())}</h1> <p><a${attr("href", url())} dir="auto">${escape_html(data.decision.title)}</a></p> <form method="GET" class="compare svelte-wje2v8"><label class="svelte-wje2v8">${escape_html(decision_versions_from())} <select name="from"><!--[-->`);
		const each_array = ensure_array_like(data.versions);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let v = each_array[$$index];
			$$renderer.option({
				value: v.version,
				selected: v.version === data.from
			}, ($$renderer) => {
				$$renderer.push(`${escape_html(decision_version_n({ n: v.version }))}`);
			});
		}
		$$renderer.push(`<!--]--></select></label> <label class="svelte-wje2v8">${escape_html(decision_versions_to())} <select name="to"><!--[-->`);
		const each_array_1 = ensure_array_like(data.versions);
		for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
			let v = each_array_1[$$index_1];
			$$renderer.option({
				value: v.version,
				selected: v.version === data.to
			}, ($$renderer) => {
				$$renderer.push(`${escape_html(decision_version_n({ n: v.version }))}`);
			});
		}
		$$renderer.push(`<!--]--></select></label> <button class="button" type="submit">${escape_html(decision_versions_compare())}</button></form> <h2>${escape_html(decision_versions_diff({
			from: data.from,
			to: data.to
		}))}</h2> `);
		if (data.titleDiff.some((s) => s.op !== "equal")) {
			$$renderer.push("<!--[0-->");
			Diff($$renderer, { segments: data.titleDiff });
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		Diff($$renderer, { segments: data.diff });
		$$renderer.push(`<!----> <h2>${escape_html(decision_versions_list())}</h2> <ol class="versions svelte-wje2v8"><!--[-->`);
		const each_array_2 = ensure_array_like(data.versions);
		for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
			let v = each_array_2[$$index_2];
			$$renderer.push(`<li><strong>${escape_html(decision_version_n({ n: v.version }))}</strong> — <a${attr("href", `/@${stringify(v.editor.handle)}`)}><bdi>${escape_html(v.editor.name)}</bdi></a>, <time${attr("datetime", new Date(v.createdAt).toISOString())}>${escape_html(formatDateTime(v.createdAt, data.locale, data.timeZone))}</time> `);
			if (v.amendmentId) $$renderer.push(`<!--[0--><span>(${escape_html(decision_version_from_amendment({ id: v.amendmentId }))})</span>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (v.note) $$renderer.push(`<!--[0--><span dir="auto">— ${escape_html(v.note)}</span>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></li>`);
		}
		$$renderer.push(`<!--]--></ol></div>`);
	});
}
export { _page as default };
