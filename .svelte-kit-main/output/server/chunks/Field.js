import { r as attributes } from "./server.js";
import { t as FieldShell } from "./FieldShell.js";
// src/lib/components/Field.svelte
function Field($$renderer, $$props) {
	let { name, id, label, value = "", error, hint, type = "text", $$slots, $$events, ...rest } = $$props;
	{
		function control($$renderer, attributes$1) {
			$$renderer.push(`<input${attributes({
				...rest,
				...attributes$1,
				name,
				type,
				defaultvalue: typeof value === "string" ? value : ""
			}, void 0, void 0, void 0, 4)}/>`);
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
export { Field as t };
