import { u as html, x as attr } from "./server.js";
// src/lib/components/writing/Prose.svelte
function Prose($$renderer, $$props) {
	/**
	* Rendered Markdown from the server ($lib/server/writing/markdown): raw HTML off, links and
	* images checked there. Nothing else may be passed here.
	*/
	let { html: html$1, lang } = $$props;
	$$renderer.push(`<div class="prose svelte-wu16ok" dir="auto"${attr("lang", lang)}>${html(html$1)}</div>`);
}
export { Prose as t };
