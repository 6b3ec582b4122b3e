import { S as escape_html, i as derived } from "./server.js";
import { n as post_language_label, r as post_body_label, t as post_title_label } from "./post_title_label.js";
import { a as post_save_draft, c as post_kind_label, d as post_chapter_none, f as post_chapter_label, i as post_tags_hint, l as post_kind_chapter, n as post_visibility_label, o as post_publish, p as post_chapter_hint, r as post_tags_label, s as post_kind_organisation, t as post_visibility_public, u as post_kind_blog } from "./post_visibility_public.js";
import { t as post_markdown_hint } from "./post_markdown_hint.js";
import { t as post_save } from "./post_save.js";
import { n as post_visibility_chapter, t as post_visibility_members } from "./post_visibility_members.js";
import "./forms.js";
import { t as Field } from "./Field.js";
import { t as FormMessage } from "./FormMessage.js";
import { t as Select } from "./Select.js";
import { t as TextArea } from "./TextArea.js";
// src/lib/components/writing/PostForm.svelte
function PostForm($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { values, failed, languages, chapters = [], canWriteForOrganisation = false, editing = false, published = false } = $$props;
		const e = derived(() => failed?.fields ?? {});
		const kinds = derived(() => [
			{
				value: "blog",
				label: post_kind_blog()
			},
			...chapters.length ? [{
				value: "chapter",
				label: post_kind_chapter()
			}] : [],
			...canWriteForOrganisation ? [{
				value: "organisation",
				label: post_kind_organisation()
			}] : []
		]);
		FormMessage($$renderer, { form: failed });
		$$renderer.push(`<!----> <form class="form" method="POST" novalidate="">`);
		Field($$renderer, {
			name: "title",
			label: post_title_label(),
			value: values.title,
			error: e().title,
			maxlength: 200
		});
		$$renderer.push(`<!----> `);
		TextArea($$renderer, {
			name: "body",
			label: post_body_label(),
			hint: post_markdown_hint(),
			rows: 16,
			value: values.body,
			error: e().body
		});
		$$renderer.push(`<!----> `);
		Select($$renderer, {
			name: "language",
			label: post_language_label(),
			options: languages.map((l) => ({
				value: l.code,
				label: l.name
			})),
			value: values.language ?? "en",
			error: e().language
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "tags",
			label: post_tags_label(),
			hint: post_tags_hint(),
			value: Array.isArray(values.tags) ? values.tags.join(", ") : values.tags,
			error: e().tags
		});
		$$renderer.push(`<!----> `);
		if (!editing && kinds().length > 1) {
			$$renderer.push("<!--[0-->");
			Select($$renderer, {
				name: "kind",
				label: post_kind_label(),
				options: kinds(),
				value: values.kind ?? "blog",
				error: e().kind
			});
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		Select($$renderer, {
			name: "visibility",
			label: post_visibility_label(),
			options: [
				{
					value: "public",
					label: post_visibility_public()
				},
				{
					value: "members",
					label: post_visibility_members()
				},
				...chapters.length || values.visibility === "chapter" ? [{
					value: "chapter",
					label: post_visibility_chapter()
				}] : []
			],
			value: values.visibility ?? "public",
			error: e().visibility
		});
		$$renderer.push(`<!----> `);
		if (!editing && chapters.length) {
			$$renderer.push("<!--[0-->");
			Select($$renderer, {
				name: "chapterId",
				label: post_chapter_label(),
				hint: post_chapter_hint(),
				options: chapters.map((c) => ({
					value: String(c.id),
					label: c.name
				})),
				placeholder: post_chapter_none(),
				value: values.chapterId,
				error: e().chapterId
			});
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <div class="form-actions"><button class="button" type="submit" name="publish" value="true">${escape_html(published ? post_save() : post_publish())}</button> `);
		if (!published) $$renderer.push(`<!--[0--><button class="button secondary" type="submit" name="publish" value="">${escape_html(post_save_draft())}</button>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div></form>`);
	});
}
export { PostForm as t };
