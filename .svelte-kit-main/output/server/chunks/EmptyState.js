import { S as escape_html } from "./server.js";
// src/lib/components/EmptyState.svelte
function EmptyState($$renderer, $$props) {
	let { title, children } = $$props;
	$$renderer.push(`<div class="empty svelte-13862ru"><p class="title svelte-13862ru">${escape_html(title)}</p> `);
	if (children) {
		$$renderer.push("<!--[0-->");
		children($$renderer);
		$$renderer.push(`<!---->`);
	} else $$renderer.push("<!--[-1-->");
	$$renderer.push(`<!--]--></div>`);
}
export { EmptyState as t };
