import "./server.js";
import { a as field_optional, c as field_country, i as field_languages, l as field_display_name, n as field_bio, o as field_city, r as field_languages_hint, s as field_country_placeholder, t as field_bio_hint } from "./field_bio_hint.js";
import { t as Field } from "./Field.js";
import { t as Select } from "./Select.js";
import { t as TextArea } from "./TextArea.js";
// src/lib/components/ProfileFields.svelte
function ProfileFields($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** The profile's fields, shared by the join form and the profile settings. */
		let { values, errors, countries, languages, afterName } = $$props;
		Field($$renderer, {
			name: "displayName",
			label: field_display_name(),
			value: values.displayName,
			error: errors.displayName,
			autocomplete: "name",
			required: true,
			maxlength: 80,
			dir: "auto"
		});
		$$renderer.push(`<!----> `);
		afterName?.($$renderer);
		$$renderer.push(`<!----> `);
		Select($$renderer, {
			name: "country",
			label: field_country(),
			options: countries.map((c) => ({
				value: c.code,
				label: c.name
			})),
			value: values.country,
			error: errors.country,
			placeholder: field_country_placeholder(),
			required: true,
			autocomplete: "country"
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "city",
			label: field_city(),
			hint: field_optional(),
			value: values.city ?? "",
			error: errors.city,
			autocomplete: "address-level2",
			maxlength: 100,
			dir: "auto"
		});
		$$renderer.push(`<!----> `);
		Select($$renderer, {
			name: "languages",
			label: field_languages(),
			hint: field_languages_hint(),
			options: languages.map((l) => ({
				value: l.code,
				label: l.name
			})),
			value: values.languages,
			error: errors.languages,
			multiple: true,
			size: 6
		});
		$$renderer.push(`<!----> `);
		TextArea($$renderer, {
			name: "bio",
			label: field_bio(),
			hint: field_bio_hint(),
			value: values.bio,
			error: errors.bio,
			maxlength: 500
		});
		$$renderer.push(`<!---->`);
	});
}
export { ProfileFields as t };
