import { S as escape_html, o as head } from "../../../chunks/server.js";
import { t as nav_logout } from "../../../chunks/nav_logout.js";
// src/routes/logout/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		head("1nw4jlj", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(nav_logout())} — ${escape_html(data.orgName)}</title>`);
			});
		});
		$$renderer.push(`<div class="container page narrow stack"><h1>${escape_html(nav_logout())}</h1> <form method="POST"><button class="button" type="submit">${escape_html(nav_logout())}</button></form></div>`);
	});
}
export { _page as default };
