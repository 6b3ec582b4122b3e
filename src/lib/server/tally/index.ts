/**
 * The public recount (/tally): anyone may count a ballot file (BLT, or Plenary's case JSON) by
 * any method of the registry and see every round. No login, nothing stored. The counting itself
 * (./run.ts) happens on a worker thread, so a big file never stalls other requests.
 */
import { fail, type ActionFailure } from '@sveltejs/kit';
import type { FormFailure } from '$lib/forms';
import { FieldError } from '$lib/server/errors';
import { translate } from '$lib/server/i18n';
import { JobTimedOut, PoolBusy, type WorkerPool } from '$lib/server/workers/pool';
import { recount } from '$lib/server/workers/tally';
import { limitParams, TallyRefused, type TallyOutcome } from './run';

export * from './run';

/** Pasted text longer than this is not sent back into a re-rendered form. */
const ECHO_TEXT_LIMIT = 100_000;

/**
 * Reads the recount form. A body over the server's limit (adapter-node's BODY_SIZE_LIMIT) or
 * one that is not a form becomes a TallyRefused, so it is answered like any other bad file.
 */
export async function readTallyForm(
	request: Request
): Promise<{ values: Record<string, unknown>; upload: Uint8Array | null }> {
	let form: FormData;
	try {
		form = await request.formData();
	} catch (e) {
		const status = (e as { status?: number })?.status;
		if (status === 413) throw new TallyRefused('file', 'tally_error_too_large', limitParams(), 413);
		throw new TallyRefused('file', 'tally_error_unreadable');
	}
	const values: Record<string, unknown> = {};
	for (const key of ['method', 'seats', 'seed', 'tieBreak', 'text']) {
		const v = form.get(key);
		if (typeof v === 'string') values[key] = v;
	}
	const file = form.get('file');
	const upload =
		file instanceof File && file.size > 0 ? new Uint8Array(await file.arrayBuffer()) : null;
	return { values, upload };
}

/** What the form shows again after a refusal: the fields sent, without a huge pasted text. */
export function echoValues(values: Record<string, unknown>): Record<string, unknown> {
	const text = typeof values.text === 'string' ? values.text : '';
	return { ...values, text: text.length <= ECHO_TEXT_LIMIT ? text : '' };
}

/**
 * The /tally form action: read, count on a worker thread, and answer with the outcome, or with a
 * translated 4xx failure that names the field at fault (the counting core's detail, naming the
 * line, added). Every counting thread and queue place taken: a translated 503 with Retry-After.
 */
export async function tallyAction(
	request: Request,
	setHeaders: (headers: Record<string, string>) => void = () => {},
	pool?: WorkerPool
): Promise<{ outcome: TallyOutcome } | ActionFailure<FormFailure>> {
	let values: Record<string, unknown> = {};
	try {
		const form = await readTallyForm(request);
		values = form.values;
		try {
			return { outcome: await recount(form.values, form.upload, pool) };
		} catch (err) {
			if (err instanceof JobTimedOut)
				throw new TallyRefused('file', 'tally_error_too_slow', { seconds: err.seconds }, 413);
			throw err;
		}
	} catch (err) {
		if (err instanceof PoolBusy) {
			setHeaders({ 'retry-after': String(err.retryAfter) });
			return fail(err.status, {
				message: translate(err.messageKey, err.params),
				fields: {},
				values: echoValues(values)
			});
		}
		if (err instanceof TallyRefused) {
			const fieldText = translate(err.fieldKey, err.params);
			const detail = typeof err.params.detail === 'string' ? err.params.detail : undefined;
			return fail(err.status, {
				message: translate(err.messageKey),
				fields: {
					[err.field]: detail ? `${fieldText} ${translate('tally_detail', { detail })}` : fieldText
				},
				values: echoValues(values)
			});
		}
		if (err instanceof FieldError)
			return fail(err.status, {
				message: translate(err.messageKey),
				fields: Object.fromEntries(Object.entries(err.fields).map(([k, v]) => [k, translate(v)])),
				values: echoValues(values)
			});
		throw err;
	}
}
