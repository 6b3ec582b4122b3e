/**
 * The ballot form's action: the decision page's `?/vote` and the ballot door (ballot-door.ts)
 * both answer through this, so a ballot is read, cast and refused the same way whichever of them
 * took the request.
 */
import type { Db } from '$lib/server/db/client';
import type { Actor } from '$lib/domain/members/actor';
import { attempt, formValues, type FormFields } from '$lib/server/http';
import { castBallotTogether } from './ballot-box';

/** The ballot form's values: `approve` is a list (approval ballots), the rest single fields. */
export const voteValues = (form: FormFields) => formValues(form, ['approve']);

/**
 * Cast the ballot: its receipt (for a secret ballot, shown once, right after voting), or the
 * form's failure with the refusal's message. It goes in with the ballots cast beside it
 * (ballot-box.ts), under castBallot's rules.
 */
export async function voteByForm(
	db: Db,
	actor: Actor,
	id: number,
	values: Record<string, unknown>
) {
	const cast = await attempt(values, () => castBallotTogether(db, actor, id, values), 'vote');
	if (!cast.ok) return cast.failure;
	return { vote: true as const, receipt: cast.value.receipt };
}
