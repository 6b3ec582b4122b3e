import { S as escape_html } from "./server.js";
import { t as Alert } from "./Alert.js";
// src/lib/components/FormMessage.svelte
function FormMessage($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** The summary above a form that was sent back with problems. */
		let { form } = $$props;
		if (form?.message) {
			$$renderer.push("<!--[0-->");
			Alert($$renderer, {
				kind: "error",
				children: ($$renderer) => {
					$$renderer.push(`<p>${escape_html(form.message)}</p>`);
				},
				$$slots: { default: true }
			});
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]-->`);
	});
}
export { FormMessage as t };
