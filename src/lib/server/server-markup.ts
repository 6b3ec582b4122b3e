import type { Component } from 'svelte';
import { render } from 'svelte/server';

/**
 * Svelte's hydration markers (`<!--[-->`, `<!---->`…), meaningless outside the page they were
 * rendered for, and harmful inside another: the page's own hydration takes an empty comment for the
 * end of the markup. Every comment goes, since our components' markup has no others: text a member
 * wrote is escaped, so it never opens one.
 */
const COMMENTS = /<!--[\s\S]*?-->/g;

/**
 * A part of a page rendered on the server only, to plain markup with its style sheets first, for
 * `ServerMarkup` to show: a part with no state and no forms, so the browser needs neither its
 * code nor its data. Its components must be compiled with their styles injected
 * (`<svelte:options css="injected" />` in each): the page does not import them, so the build would
 * not give it their style sheets.
 */
export function serverMarkup<Props extends Record<string, unknown>>(
	component: Component<Props>,
	props: Props
): string {
	const { head, body } = render(component, { props });
	return (head + body).replace(COMMENTS, '');
}
