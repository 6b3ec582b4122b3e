import { S as escape_html, a as ensure_array_like, c as stringify, i as derived, o as head, x as attr } from "../../../chunks/server.js";
import { a as upload_photo_submit, c as upload_photo_heading, d as upload_image_label, f as upload_alt_label, i as upload_post_heading, l as upload_photo_current, n as upload_privacy, o as upload_photo_saved, p as upload_alt_hint, r as upload_post_saved, s as upload_photo_label, t as upload_title, u as upload_image_submit } from "../../../chunks/upload_title.js";
import { n as failureOf, t as Alert } from "../../../chunks/Alert.js";
import { t as Field } from "../../../chunks/Field.js";
import { t as FormMessage } from "../../../chunks/FormMessage.js";
// src/routes/images/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const avatarFailure = derived(() => failureOf(form, "avatar"));
		const postFailure = derived(() => failureOf(form, "post"));
		const uploaded = derived(() => form && "uploaded" in form ? form : null);
		head("1cswnon", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(upload_title())} — ${escape_html(data.orgName)}</title>`);
			});
		});
		$$renderer.push(`<div class="container narrow page"><h1>${escape_html(upload_title())}</h1> <p>${escape_html(upload_privacy({ megabytes: data.maxMegabytes }))}</p> <section aria-labelledby="photo-heading" class="svelte-1cswnon"><h2 id="photo-heading">${escape_html(upload_photo_heading())}</h2> `);
		if (data.avatar) $$renderer.push(`<!--[0--><img class="photo svelte-1cswnon"${attr("src", `${stringify(data.avatar)}?size=large`)}${attr("alt", upload_photo_current())} width="128" height="128"/>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (uploaded()?.uploaded === "avatar") {
			$$renderer.push("<!--[0-->");
			Alert($$renderer, {
				kind: "success",
				children: ($$renderer) => {
					$$renderer.push(`<p>${escape_html(upload_photo_saved())}</p>`);
				},
				$$slots: { default: true }
			});
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		FormMessage($$renderer, { form: avatarFailure() });
		$$renderer.push(`<!----> <form class="form" method="POST" action="?/avatar" enctype="multipart/form-data">`);
		Field($$renderer, {
			name: "image",
			id: "avatar-image",
			type: "file",
			accept: "image/jpeg,image/png,image/webp,image/gif",
			label: upload_photo_label(),
			error: avatarFailure()?.fields.image
		});
		$$renderer.push(`<!----> <div class="form-actions"><button class="button" type="submit">${escape_html(upload_photo_submit())}</button></div></form></section> <section aria-labelledby="post-images-heading" class="svelte-1cswnon"><h2 id="post-images-heading">${escape_html(upload_post_heading())}</h2> `);
		if (uploaded()?.uploaded === "post") {
			$$renderer.push("<!--[0-->");
			Alert($$renderer, {
				kind: "success",
				children: ($$renderer) => {
					$$renderer.push(`<p>${escape_html(upload_post_saved())}</p> <p><code>![${escape_html(uploaded().alt)}](${escape_html(uploaded().url)})</code></p>`);
				},
				$$slots: { default: true }
			});
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		FormMessage($$renderer, { form: postFailure() });
		$$renderer.push(`<!----> <form class="form" method="POST" action="?/post" enctype="multipart/form-data">`);
		Field($$renderer, {
			name: "image",
			id: "post-image",
			type: "file",
			accept: "image/jpeg,image/png,image/webp,image/gif",
			label: upload_image_label(),
			error: postFailure()?.fields.image
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "alt",
			label: upload_alt_label(),
			hint: upload_alt_hint(),
			maxlength: 300
		});
		$$renderer.push(`<!----> <div class="form-actions"><button class="button" type="submit">${escape_html(upload_image_submit())}</button></div></form> `);
		if (data.images.length) {
			$$renderer.push(`<!--[0--><ul class="gallery svelte-1cswnon"><!--[-->`);
			const each_array = ensure_array_like(data.images.filter((i) => i.purpose === "post"));
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let image = each_array[$$index];
				$$renderer.push(`<li><img${attr("src", `${stringify(image.url)}?size=small`)}${attr("alt", image.alt)} loading="lazy" class="svelte-1cswnon"/> <code class="svelte-1cswnon">![${escape_html(image.alt)}](${escape_html(image.url)})</code></li>`);
			}
			$$renderer.push(`<!--]--></ul>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></section></div>`);
	});
}
export { _page as default };
