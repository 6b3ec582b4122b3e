import { S as escape_html, r as attributes } from "./server.js";
import { t as FieldShell } from "./FieldShell.js";
// src/lib/components/TextArea.svelte
function TextArea($$renderer, $$props) {
	let { name, id, label, value = "", error, hint, rows = 4, $$slots, $$events, ...rest } = $$props;
	{
		function control($$renderer, attributes$1) {
			$$renderer.push(`<textarea${attributes({
				...rest,
				...attributes$1,
				name,
				rows,
				dir: "auto"
			})}>`);
			const $$body = escape_html(typeof value === "string" ? value : "");
			if ($$body) $$renderer.push(`${$$body}`);
			$$renderer.push(`</textarea>`);
		}
		FieldShell($$renderer, {
			id: id ?? `field-${name}`,
			label,
			hint,
			error,
			control,
			$$slots: { control: true }
		});
	}
}
export { TextArea as t };
