import { S as escape_html, o as head } from "../../chunks/server.js";
import { n as error_reference, r as error_title, t as error_back_home } from "../../chunks/error_back_home.js";
import { t as page } from "../../chunks/state.js";
// src/routes/+error.svelte
function _error($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		head("1j96wlh", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(error_title({ status: page.status }))}</title>`);
			});
		});
		$$renderer.push(`<div class="container page narrow stack"><h1>${escape_html(error_title({ status: page.status }))}</h1> <p>${escape_html(page.error?.message)}</p> `);
		if (page.error?.id) $$renderer.push(`<!--[0--><p class="muted">${escape_html(error_reference({ id: page.error.id }))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <p><a href="/">${escape_html(error_back_home())}</a></p></div>`);
	});
}
export { _error as default };
