// in dev, this makes Vite inject its client as this module's first dependency,
// so that global constant replacements are installed before any other module
// (including user hooks) evaluates. In build it's inert.
import.meta.hot;

import * as client_hooks from '../../../src/hooks.client.ts';


export { matchers } from './matchers.js';

export const nodes = [
	() => import('./nodes/0'),
	() => import('./nodes/1'),
	() => import('./nodes/2'),
	() => import('./nodes/3'),
	() => import('./nodes/4'),
	() => import('./nodes/5'),
	() => import('./nodes/6'),
	() => import('./nodes/7'),
	() => import('./nodes/8'),
	() => import('./nodes/9'),
	() => import('./nodes/10'),
	() => import('./nodes/11'),
	() => import('./nodes/12'),
	() => import('./nodes/13'),
	() => import('./nodes/14'),
	() => import('./nodes/15'),
	() => import('./nodes/16'),
	() => import('./nodes/17'),
	() => import('./nodes/18'),
	() => import('./nodes/19'),
	() => import('./nodes/20'),
	() => import('./nodes/21'),
	() => import('./nodes/22'),
	() => import('./nodes/23'),
	() => import('./nodes/24'),
	() => import('./nodes/25'),
	() => import('./nodes/26'),
	() => import('./nodes/27'),
	() => import('./nodes/28'),
	() => import('./nodes/29'),
	() => import('./nodes/30'),
	() => import('./nodes/31'),
	() => import('./nodes/32'),
	() => import('./nodes/33'),
	() => import('./nodes/34'),
	() => import('./nodes/35'),
	() => import('./nodes/36'),
	() => import('./nodes/37'),
	() => import('./nodes/38'),
	() => import('./nodes/39'),
	() => import('./nodes/40'),
	() => import('./nodes/41'),
	() => import('./nodes/42'),
	() => import('./nodes/43'),
	() => import('./nodes/44')
];

export const server_loads = [0,2];

export const dictionary = {
		"/": [~3],
		"/@[handle]": [~4],
		"/blog": [~5],
		"/blog/new": [~6],
		"/chapters": [~7],
		"/chapters/[slug]": [~8],
		"/comments/[id]/edit": [~9],
		"/comments/[id]/history": [~10],
		"/decisions": [~11],
		"/decisions/new": [~18],
		"/decisions/[ref]": [~12],
		"/decisions/[ref]/amendments": [~13],
		"/decisions/[ref]/edit": [~14],
		"/decisions/[ref]/receipt": [~15],
		"/decisions/[ref]/reminders": [~16],
		"/decisions/[ref]/versions": [~17],
		"/dev/mail": [~19],
		"/flag": [~20],
		"/forums": [~21],
		"/forums/[slug]": [~22],
		"/glance": [~23],
		"/images": [~24],
		"/join": [~25],
		"/join/check-email": [26],
		"/login": [~27],
		"/logout": [~28],
		"/members": [~29],
		"/posts/[ref]": [~30],
		"/posts/[ref]/edit": [~31],
		"/posts/[ref]/history": [~32],
		"/reset": [~33],
		"/reset/[token]": [~34],
		"/search": [~35],
		"/settings": [~36,[2]],
		"/settings/account": [~37,[2]],
		"/settings/account/email": [~38,[2]],
		"/settings/preferences": [~39,[2]],
		"/settings/privacy": [~40,[2]],
		"/threads/[ref]": [~41],
		"/verify": [~42],
		"/verify/resend": [~43],
		"/welcome": [~44]
	};

export const hooks = {
	handleError: client_hooks.handleError || (({ error }) => { console.error(error) }),
	init: client_hooks.init,
	reroute: (() => {}),
	transport: {}
};

export const decoders = Object.fromEntries(Object.entries(hooks.transport).map(([k, v]) => [k, v.decode]));
export const encoders = Object.fromEntries(Object.entries(hooks.transport).map(([k, v]) => [k, v.encode]));

export const hash = false;

export const decode = (type, value) => decoders[type](value);

export { default as root } from '../root.js';

export const get_error_template = () => import('../shared/error-template.js').then(m => m.default);