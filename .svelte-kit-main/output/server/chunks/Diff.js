import { S as escape_html, a as ensure_array_like } from "./server.js";
import { n as diff_added, t as diff_removed } from "./diff_removed.js";
// src/lib/components/decisions/Diff.svelte
function Diff($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/**
		* A word diff for reading: removed words struck through in <del>, added ones in <ins>, each
		* announced by screen readers (the visually hidden words), and not by colour alone.
		*/
		let { segments } = $$props;
		$$renderer.push(`<div class="diff svelte-14pqcc9" dir="auto"><!--[-->`);
		const each_array = ensure_array_like(segments);
		for (let i = 0, $$length = each_array.length; i < $$length; i++) {
			let s = each_array[i];
			if (s.op === "insert") $$renderer.push(`<!--[0--><ins class="svelte-14pqcc9"><span class="visually-hidden">${escape_html(diff_added())}</span>${escape_html(s.text)}</ins>`);
			else if (s.op === "delete") $$renderer.push(`<!--[1--><del class="svelte-14pqcc9"><span class="visually-hidden">${escape_html(diff_removed())}</span>${escape_html(s.text)}</del>`);
			else $$renderer.push(`<!--[-1-->${escape_html(s.text)}`);
			$$renderer.push(`<!--]-->`);
		}
		$$renderer.push(`<!--]--></div>`);
	});
}
export { Diff as t };
