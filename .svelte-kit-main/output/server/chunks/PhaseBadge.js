import { S as escape_html, c as stringify, t as attr_class } from "./server.js";
import { a as phaseLabel, i as outcomeLabel } from "./labels.js";
// src/lib/components/decisions/PhaseBadge.svelte
function PhaseBadge($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { phase, outcome = null } = $$props;
		$$renderer.push(`<span${attr_class(`badge ${stringify(phase)} ${stringify(outcome ?? "")}`, "svelte-beyp9a")}>${escape_html(phaseLabel(phase))}`);
		if (phase === "closed" && outcome) $$renderer.push(`<!--[0-->: ${escape_html(outcomeLabel(outcome))}`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></span>`);
	});
}
export { PhaseBadge as t };
