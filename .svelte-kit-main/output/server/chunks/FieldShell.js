import { S as escape_html, c as stringify, i as derived, t as attr_class, x as attr } from "./server.js";
// src/lib/components/FieldShell.svelte
function FieldShell($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/**
		* Label, hint and error around one form control, wired for screen readers. The control is
		* passed as a snippet that receives the attributes it must carry.
		*/
		let { id, label, hint, error, control } = $$props;
		const describedBy = derived(() => [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || void 0);
		$$renderer.push(`<div${attr_class("field svelte-vfg046", void 0, { "invalid": !!error })}><label${attr("for", id)} class="svelte-vfg046">${escape_html(label)}</label> `);
		if (hint) $$renderer.push(`<!--[0--><p class="hint svelte-vfg046"${attr("id", `${stringify(id)}-hint`)}>${escape_html(hint)}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		control($$renderer, {
			id,
			"aria-invalid": error ? "true" : void 0,
			"aria-describedby": describedBy()
		});
		$$renderer.push(`<!----> `);
		if (error) $$renderer.push(`<!--[0--><p class="error svelte-vfg046"${attr("id", `${stringify(id)}-error`)}>${escape_html(error)}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div>`);
	});
}
export { FieldShell as t };
