import { z } from 'zod';

/**
 * Input shapes for accounts and profiles, shared by forms and the API. Messages are translation
 * keys (see messages/*.json); pages show them next to the field in the reader's language.
 * Country, language and time-zone lists are checked by the commands, which own that data.
 */

const RESERVED_HANDLES = new Set([
	'admin',
	'administrator',
	'api',
	'dev',
	'settings',
	'login',
	'logout',
	'signup',
	'join',
	'about',
	'help',
	'support',
	'plenary',
	'root',
	'system',
	'moderator',
	'null',
	'undefined',
	'me',
	'www',
	'mail',
	'static',
	'members',
	'chapters'
]);

// A short list of the passwords most often tried first; length does most of the work.
const COMMON_PASSWORDS = new Set([
	'password',
	'password1',
	'password12',
	'password123',
	'1234567890',
	'12345678910',
	'qwertyuiop',
	'iloveyou12',
	'letmein123',
	'welcome123',
	'abcdefghij',
	'0987654321',
	'qwerty1234',
	'passw0rd12',
	'solidarity',
	'revolution',
	'participatory'
]);

export const email = z
	.string({ error: 'error_required' })
	.trim()
	.min(1, { error: 'error_required' })
	.max(254, { error: 'error_too_long' })
	.pipe(z.email({ error: 'error_email_invalid' }));

export const password = z
	.string({ error: 'error_required' })
	.min(10, { error: 'error_password_short' })
	.max(200, { error: 'error_too_long' })
	.refine((p) => !COMMON_PASSWORDS.has(p.toLowerCase()) && new Set(p).size > 3, {
		error: 'error_password_weak'
	});

export const handle = z
	.string({ error: 'error_required' })
	.trim()
	.min(3, { error: 'error_handle_short' })
	.max(30, { error: 'error_too_long' })
	.regex(/^[A-Za-z][A-Za-z0-9_]*$/, { error: 'error_handle_format' })
	.refine((h) => !RESERVED_HANDLES.has(h.toLowerCase()), { error: 'error_handle_taken' });

export const displayName = z
	.string({ error: 'error_required' })
	.trim()
	.min(1, { error: 'error_required' })
	.max(80, { error: 'error_too_long' });

const country = z
	.string({ error: 'error_required' })
	.trim()
	.toUpperCase()
	.regex(/^[A-Z]{2}$/, { error: 'error_country_unknown' });
const city = z.string().trim().max(100, { error: 'error_too_long' }).default('');
const languages = z.array(z.string().max(3, { error: 'error_language_unknown' })).max(10, {
	error: 'error_too_many_languages'
});
const bio = z.string().trim().max(500, { error: 'error_too_long' }).default('');

export const profileInput = z.object({ displayName, country, city, languages, bio });
export type ProfileInput = z.infer<typeof profileInput>;

export const signUpInput = profileInput.extend({
	email,
	password,
	handle,
	locale: z.string().default('en'),
	timeZone: z.string().max(64).default('UTC')
});
export type SignUpInput = z.infer<typeof signUpInput>;

export const logInInput = z.object({
	email: z
		.string({ error: 'error_required' })
		.trim()
		.min(1, { error: 'error_required' })
		.max(254, { error: 'error_too_long' }),
	password: z
		.string({ error: 'error_required' })
		.min(1, { error: 'error_required' })
		.max(200, { error: 'error_too_long' })
});

export const emailOnlyInput = z.object({ email });

export const resetPasswordInput = z.object({ token: z.string().min(10).max(100), password });

export const changePasswordInput = z.object({
	currentPassword: z
		.string({ error: 'error_required' })
		.min(1, { error: 'error_required' })
		.max(200),
	newPassword: password
});

export const changeEmailInput = z.object({
	email,
	currentPassword: z
		.string({ error: 'error_required' })
		.min(1, { error: 'error_required' })
		.max(200)
});

export const preferencesInput = z.object({
	locale: z.string().max(10),
	timeZone: z.string().max(64)
});

export const deleteAccountInput = z.object({
	currentPassword: z
		.string({ error: 'error_required' })
		.min(1, { error: 'error_required' })
		.max(200),
	confirmHandle: z.string().trim().max(30),
	/** What becomes of what the member wrote: kept, signed "former member", or removed. */
	content: z.enum(['keep', 'remove'], { error: 'error_invalid_value' }).default('keep')
});
