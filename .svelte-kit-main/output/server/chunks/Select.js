import { S as escape_html, a as ensure_array_like, i as derived } from "./server.js";
import { t as FieldShell } from "./FieldShell.js";
// src/lib/components/Select.svelte
function Select($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { name, id, label, options, value, error, hint, placeholder, multiple = false, $$slots, $$events, ...rest } = $$props;
		const selected = derived(() => new Set(Array.isArray(value) ? value.map(String) : value == null ? [] : [String(value)]));
		{
			function control($$renderer, attributes) {
				$$renderer.select({
					...rest,
					...attributes,
					name,
					multiple
				}, ($$renderer) => {
					if (placeholder && !multiple) {
						$$renderer.push("<!--[0-->");
						$$renderer.option({ value: "" }, ($$renderer) => {
							$$renderer.push(`${escape_html(placeholder)}`);
						});
					} else $$renderer.push("<!--[-1-->");
					$$renderer.push(`<!--]--><!--[-->`);
					const each_array = ensure_array_like(options);
					for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
						let option = each_array[$$index];
						$$renderer.option({
							value: option.value,
							selected: selected().has(option.value)
						}, ($$renderer) => {
							$$renderer.push(`${escape_html(option.label)}`);
						});
					}
					$$renderer.push(`<!--]-->`);
				});
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
	});
}
export { Select as t };
