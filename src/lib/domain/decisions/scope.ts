/**
 * The smallest scope that contains every group a proposal names as affected. Chapters form a tree
 * (organisation → region/country → local); a project belongs to a chapter or to the organisation.
 */
export type Scope = { kind: 'organisation' } | { kind: 'chapter' | 'project'; id: number };

export type AffectedGroup =
	| { kind: 'chapter'; id: number; ancestors: number[] }
	| { kind: 'project'; id: number; chapterId: number | null; ancestors: number[] };

/**
 * `ancestors` lists a chapter's chain from the root down to (and including) itself; for a project,
 * the chain of its chapter (empty when organisation-wide).
 */
export function smallestScope(groups: AffectedGroup[]): Scope {
	if (!groups.length) return { kind: 'organisation' };
	if (groups.length === 1 && groups[0].kind === 'project')
		return { kind: 'project', id: groups[0].id };
	const projects = new Set(groups.filter((g) => g.kind === 'project').map((g) => g.id));
	if (projects.size === 1 && groups.every((g) => g.kind === 'project'))
		return { kind: 'project', id: groups[0].id };
	const chains = groups.map((g) => g.ancestors);
	if (chains.some((c) => c.length === 0)) return { kind: 'organisation' };
	let common = 0;
	while (chains.every((c) => c.length > common && c[common] === chains[0][common])) common++;
	// The root chapter is the organisation itself.
	return common <= 1 ? { kind: 'organisation' } : { kind: 'chapter', id: chains[0][common - 1] };
}
