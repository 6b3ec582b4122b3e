import {
	beginTotpSetup,
	confirmTotpSetup,
	disableTwoFactor,
	regenerateRecoveryCodes,
	twoFactorStatus
} from '$lib/server/accounts/two-factor/commands';
import { passkeyList, removePasskey } from '$lib/server/accounts/two-factor/passkeys';
import { qrCodeDataUrl } from '$lib/server/accounts/two-factor/qr-code';
import { otpauthUri } from '$lib/server/accounts/two-factor/totp';
import { organisationName } from '$lib/server/instance/cached';
import {
	attempt,
	formAction,
	formValues,
	requireActor,
	setRetryAfter,
	type AnyEvent
} from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event);
	const status = await twoFactorStatus(event.locals.db, actor.id);
	const issuer = await organisationName(event.locals.db, event.locals.locale);
	const account = event.locals.member?.email ?? String(actor.id);
	const uri = status.setupSecret ? otpauthUri(status.setupSecret, issuer, account) : null;
	return {
		enabled: status.enabled,
		recoveryCodesLeft: status.recoveryCodesLeft,
		passkeys: await passkeyList(event.locals.db, actor.id),
		// The secret is shown only while the setup is unfinished, never once it is on.
		setup:
			status.setupSecret && uri
				? { secret: status.setupSecret, uri, qrCode: await qrCodeDataUrl(uri) }
				: null
	};
};

/** An action whose answer is the new recovery codes, shown once on the page it renders. */
function codesAction(
	name: string,
	run: (event: AnyEvent, values: Record<string, unknown>) => Promise<string[]>
) {
	return async (event: AnyEvent) => {
		requireActor(event);
		const values = formValues(await event.request.formData());
		const result = await attempt(values, () => run(event, values), name);
		if (!result.ok) {
			setRetryAfter(event, result.retryAfter);
			return result.failure;
		}
		return { [name]: true, recoveryCodes: result.value };
	};
}

export const actions: Actions = {
	begin: formAction('begin', (event, actor) => beginTotpSetup(event.locals.db, actor)),
	confirm: codesAction('confirm', (event, values) =>
		confirmTotpSetup(event.locals.db, requireActor(event), values)
	),
	codes: codesAction('codes', (event, values) =>
		regenerateRecoveryCodes(event.locals.db, requireActor(event), values)
	),
	disable: formAction('disable', (event, actor, values) =>
		disableTwoFactor(event.locals.db, actor, values)
	),
	removePasskey: formAction('removePasskey', (event, actor, values) =>
		removePasskey(event.locals.db, actor, values.passkey)
	)
};
