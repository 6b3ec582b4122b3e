/**
 * The one shape every command has: parse the input, then in one transaction load the subject
 * (with the lock it needs), ask the policy, check the domain rules that depend on what was loaded,
 * write, and append the event from the catalogue. Because the check and the write share the
 * transaction, a rule cannot be true when checked and false when written; races that a lock
 * cannot close are closed by a constraint, and a constraint that means "someone got there first"
 * becomes a Conflict here, the same way for every command. A command that creates work names its
 * per-member `limit`, counted here too.
 */
import type { Db, Tx } from '$lib/server/db/client';
import type { Actor } from '$lib/domain/members/actor';
import { appendEvent, type AppEvent } from '$lib/server/events/append';
import {
	Conflict,
	Forbidden,
	Invalid,
	Unauthenticated,
	type FieldErrors,
	type MessageKey
} from './errors';
import { countUse, type Limit } from './limits';
import { checkNotSuspended } from './moderation/suspensions';

type Who<Anon extends boolean> = Anon extends true ? Actor | null : Actor;

export type CommandSpec<Args extends unknown[], In, Subject, Out, Anon extends boolean = false> = {
	/** Commands a visitor may run (sign-up, log-in); all others answer 401 to a visitor. */
	anonymous?: Anon;
	/** The caller's arguments as checked input; throws Invalid (parseInput) before anything opens. */
	input: (...args: Args) => In;
	/** Load what the command acts on, inside the transaction, locked as it needs; throws NotFound. */
	load: (tx: Tx, actor: Who<Anon>, input: In) => Promise<Subject>;
	/** The area's policy: `can(actor, action, subject)`. False answers 403 with `forbidden`. */
	allow: (actor: Who<Anon>, subject: Subject, input: In) => boolean;
	forbidden?: MessageKey;
	/**
	 * How often one member may run it (LIMITS in ./limits): counted after `allow`, in the same
	 * transaction, so a refused or failed command counts nothing; over the limit answers 429 with
	 * Retry-After. Every command that creates work names one. Checks that follow (a quota) run
	 * after the member's counter row is locked, so one member's requests are checked in turn.
	 */
	limit?: Limit;
	/** Domain rules that depend on the loaded subject; throw Invalid or Conflict. */
	check?: (subject: Subject, input: In, actor: Who<Anon>, tx: Tx) => void | Promise<void>;
	run: (tx: Tx, actor: Who<Anon>, subject: Subject, input: In) => Promise<Out>;
	/** The event (or events) this change appends; null when nothing changed. */
	event: (out: Out, subject: Subject, input: In, actor: Who<Anon>) => AppEvent | AppEvent[] | null;
	/** Constraint name → the Conflict it means (a message, or a message and its form fields). */
	conflicts?: Record<string, MessageKey | { message: MessageKey; fields: FieldErrors }>;
};

export type Command<Args extends unknown[], Out, Anon extends boolean = false> = (
	db: Db,
	actor: Who<Anon> | null,
	...args: Args
) => Promise<Out>;

export function command<Args extends unknown[], In, Subject, Out, Anon extends boolean = false>(
	spec: CommandSpec<Args, In, Subject, Out, Anon>
): Command<Args, Out, Anon> {
	return async (db, actor, ...args) => {
		if (!actor && !spec.anonymous) throw new Unauthenticated('error_login_required');
		const who = actor as Who<Anon>;
		const input = spec.input(...args);
		try {
			return await db.transaction(async (tx) => {
				const subject = await spec.load(tx, who, input);
				if (!spec.allow(who, subject, input))
					throw new Forbidden(spec.forbidden ?? 'error_forbidden');
				if (spec.limit && who) {
					// A jury's suspension of posting stops every command that publishes writing.
					await checkNotSuspended(tx, who.id, spec.limit.action);
					await countUse(tx, who.id, spec.limit);
				}
				await spec.check?.(subject, input, who, tx);
				const out = await spec.run(tx, who, subject, input);
				const events = spec.event(out, subject, input, who);
				for (const e of Array.isArray(events) ? events : events ? [events] : [])
					await appendEvent(tx, e);
				return out;
			});
		} catch (err) {
			throw conflictFor(err, spec.conflicts) ?? badDataFor(err) ?? err;
		}
	};
}

/** The Conflict a violated unique or exclusion constraint stands for, if the command named it. */
export function conflictFor(
	err: unknown,
	conflicts: CommandSpec<never, never, never, never>['conflicts']
): Conflict | null {
	const pg = ((err as { cause?: unknown })?.cause ?? err) as { code?: string; constraint?: string };
	if (!conflicts || (pg?.code !== '23505' && pg?.code !== '23P01') || !pg.constraint) return null;
	const meant = conflicts[pg.constraint];
	if (!meant) return null;
	return typeof meant === 'string'
		? new Conflict(meant)
		: new Conflict(meant.message, meant.fields);
}

/**
 * The Invalid a database refusal of a value stands for: a number or time out of the column's
 * range, text that is not a number, a NUL byte, a value too big for an index. These come from
 * what a request sent, so they answer 400 like any bad input, whatever query met them first.
 */
export function badDataFor(err: unknown): Invalid | null {
	const code = ((err as { cause?: unknown })?.cause ?? err) as { code?: unknown };
	if (typeof code?.code !== 'string') return null;
	if (code.code === '54000') return new Invalid('error_too_long');
	// SQLSTATE class 22: data exception.
	return code.code.startsWith('22') ? new Invalid('error_invalid_value') : null;
}
