import type pg from 'pg';
import { advanceIdentity, insertColumns, lastId } from './columns';
import { Writer } from './text';

export type Subject = { type: 'post' | 'thread' | 'decision'; id: number; createdAt: Date };

const FLUSH = 20_000;

/**
 * How `total` comments fall on `subjects`: a few busy, most quiet (each comment lands on a subject
 * drawn with a bias to the first ones), and the first subject given exactly `first` of them, so a
 * page benchmark can count on a thread of known length.
 */
export function spread(writer: Writer, subjects: number, total: number, first: number): number[] {
	const counts = new Array<number>(subjects).fill(0);
	if (!subjects) return counts;
	const fixed = Math.min(first, total);
	counts[0] = fixed;
	for (let n = fixed; n < total; n++) {
		const u = writer.rng.below(1_000_000) / 1_000_000;
		counts[subjects > 1 ? 1 + Math.floor((subjects - 1) * u * u) : 0]++;
	}
	return counts;
}

/**
 * The comments on `subjects` (`counts[i]` each), written as the comment command writes them: a
 * third are replies to an earlier comment of the same subject, carrying its root and depth; times
 * spread between the subject's creation and `now`. No edit history is written (every comment is
 * at its first version, which the app shows without a versions row). Returns the time of each
 * subject's last comment, for the threads' last activity.
 */
export async function seedComments(
	pool: pg.Pool,
	writer: Writer,
	subjects: Subject[],
	counts: number[],
	authors: readonly number[],
	now: Date
): Promise<(Date | null)[]> {
	let id = await lastId(pool, 'comments');
	const last: (Date | null)[] = subjects.map(() => null);
	const cols = {
		id: [] as number[],
		subjectType: [] as string[],
		subjectId: [] as number[],
		parent: [] as (number | null)[],
		root: [] as (number | null)[],
		depth: [] as number[],
		author: [] as number[],
		body: [] as string[],
		createdAt: [] as Date[]
	};
	const flush = async () => {
		await insertColumns(pool, 'comments', [
			{ name: 'id', type: 'bigint', values: cols.id },
			{ name: 'subject_type', type: 'text', values: cols.subjectType },
			{ name: 'subject_id', type: 'bigint', values: cols.subjectId },
			{ name: 'parent_id', type: 'bigint', values: cols.parent },
			{ name: 'root_id', type: 'bigint', values: cols.root },
			{ name: 'depth', type: 'int', values: cols.depth },
			{ name: 'author_id', type: 'bigint', values: cols.author },
			{ name: 'body', type: 'text', values: cols.body },
			{ name: 'created_at', type: 'timestamptz', values: cols.createdAt }
		]);
		for (const list of Object.values(cols)) list.length = 0;
	};
	for (let s = 0; s < subjects.length; s++) {
		const subject = subjects[s];
		const k = counts[s];
		const start = subject.createdAt.getTime();
		const span = Math.max(0, now.getTime() - start);
		const mine: { id: number; root: number | null; depth: number }[] = [];
		for (let j = 0; j < k; j++) {
			id++;
			const parent = j > 0 && writer.rng.below(3) === 0 ? mine[writer.rng.below(j)] : null;
			const at = new Date(start + Math.floor((span * (j + 1)) / (k + 1)));
			const root = parent ? (parent.root ?? parent.id) : null;
			const depth = parent ? parent.depth + 1 : 0;
			mine.push({ id, root, depth });
			cols.id.push(id);
			cols.subjectType.push(subject.type);
			cols.subjectId.push(subject.id);
			cols.parent.push(parent?.id ?? null);
			cols.root.push(root);
			cols.depth.push(depth);
			cols.author.push(authors[writer.rng.below(authors.length)]);
			cols.body.push(writer.paragraph(1 + writer.rng.below(3)));
			cols.createdAt.push(at);
			last[s] = at;
			if (cols.id.length >= FLUSH) await flush();
		}
	}
	if (cols.id.length) await flush();
	await advanceIdentity(pool, 'comments');
	return last;
}
