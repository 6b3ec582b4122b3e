import { defineCustomClientStrategy } from '$lib/paraglide/runtime.js';

// The server chose the locale (member setting, cookie, Accept-Language) and wrote it on <html lang>.
defineCustomClientStrategy('custom-plenary', {
	getLocale: () => document.documentElement.lang || undefined,
	setLocale: () => {}
});
