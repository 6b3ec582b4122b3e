import { effortUnits, type EffortEntry } from './effort';

/**
 * How a project's work is shared among its members: each member's share of all effort, of
 * onerous effort and of empowering effort, and how unevenly onerous work falls (a Gini
 * coefficient: 0 when everyone carries the same, towards 1 when one member carries it all).
 */
export type WorkEntry = EffortEntry & { empowerTenths: number };

export type MemberBalance = {
	memberId: number;
	minutes: number;
	effort: number;
	/** Effort weighted by how onerous the tasks were (onerousness above neutral counts more). */
	onerous: number;
	/** Minutes weighted by how empowering the tasks were. */
	empowering: number;
	effortShare: number;
	onerousShare: number;
	empoweringShare: number;
};

export type ProjectBalance = {
	members: MemberBalance[];
	onerousGini: number;
	empoweringGini: number;
};

/**
 * @param memberIds every member of the project, so members who did nothing count as zero
 * @param entries logged effort, each with the rating of its task at the time
 */
export function projectBalance(
	memberIds: readonly number[],
	entries: readonly WorkEntry[]
): ProjectBalance {
	const byMember = new Map<number, MemberBalance>();
	for (const id of memberIds) {
		byMember.set(id, {
			memberId: id,
			minutes: 0,
			effort: 0,
			onerous: 0,
			empowering: 0,
			effortShare: 0,
			onerousShare: 0,
			empoweringShare: 0
		});
	}
	for (const entry of entries) {
		const row = byMember.get(entry.memberId);
		if (!row) continue; // a former member's effort still counts in history, not in today's balance
		row.minutes += entry.minutes;
		row.effort += effortUnits(entry);
		row.onerous += entry.minutes * entry.onerousTenths;
		row.empowering += entry.minutes * entry.empowerTenths;
	}
	const rows = [...byMember.values()];
	const total = (pick: (r: MemberBalance) => number) => rows.reduce((sum, r) => sum + pick(r), 0);
	const effort = total((r) => r.effort);
	const onerous = total((r) => r.onerous);
	const empowering = total((r) => r.empowering);
	for (const r of rows) {
		r.effortShare = effort ? r.effort / effort : 0;
		r.onerousShare = onerous ? r.onerous / onerous : 0;
		r.empoweringShare = empowering ? r.empowering / empowering : 0;
	}
	return {
		members: rows,
		onerousGini: gini(rows.map((r) => r.onerous)),
		empoweringGini: gini(rows.map((r) => r.empowering))
	};
}

/**
 * Gini coefficient of non-negative amounts: mean absolute difference over twice the mean,
 * computed from the sorted values in O(n log n). 0 for an empty or all-zero list.
 */
export function gini(values: readonly number[]): number {
	const n = values.length;
	if (n === 0) return 0;
	const sorted = [...values].sort((a, b) => a - b);
	let sum = 0;
	let weighted = 0;
	sorted.forEach((v, i) => {
		if (v < 0) throw new RangeError('gini needs non-negative values');
		sum += v;
		weighted += (i + 1) * v;
	});
	if (sum === 0) return 0;
	return (2 * weighted) / (n * sum) - (n + 1) / n;
}
