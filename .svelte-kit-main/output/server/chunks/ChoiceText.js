import { S as escape_html } from "./server.js";
import { t as ballot_approved_none } from "./ballot_approved_none.js";
import { n as choiceLabel } from "./labels.js";
// src/lib/components/decisions/ChoiceText.svelte
function ChoiceText($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** A ballot's choice in words: the answer, the ranking, the approvals or the scores. */
		let { choice, labels } = $$props;
		const name = (id) => labels[id] ?? id;
		if ("vote" in choice) $$renderer.push(`<!--[0-->${escape_html(choiceLabel(choice.vote))}`);
		else if ("ranking" in choice) $$renderer.push(`<!--[1--><span dir="auto">${escape_html(choice.ranking.map((g, i) => `${i + 1}. ${g.map(name).join(" = ")}`).join(" · "))}</span>`);
		else if ("approve" in choice) $$renderer.push(`<!--[2--><span dir="auto">${escape_html(choice.approve.length ? choice.approve.map(name).join(", ") : ballot_approved_none())}</span>`);
		else $$renderer.push(`<!--[-1--><span dir="auto">${escape_html(Object.entries(choice.scores).map(([id, n]) => `${name(id)}: ${n}`).join(" · "))}</span>`);
		$$renderer.push(`<!--]-->`);
	});
}
export { ChoiceText as t };
