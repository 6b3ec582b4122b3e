/**
 * A project's life: proposed → active → completed, and any of them → archived. A completed
 * project may be taken up again (active), an archived one may be revived as proposed; nothing
 * else moves backwards, and a status never "moves" to itself.
 */
export type ProjectStatus = 'proposed' | 'active' | 'completed' | 'archived';

const NEXT: Record<ProjectStatus, readonly ProjectStatus[]> = {
	proposed: ['active', 'archived'],
	active: ['completed', 'archived'],
	completed: ['active', 'archived'],
	archived: ['proposed']
};

export function canMoveStatus(from: string, to: string): boolean {
	return (NEXT[from as ProjectStatus] ?? []).includes(to as ProjectStatus);
}

export function nextStatuses(from: string): readonly ProjectStatus[] {
	return NEXT[from as ProjectStatus] ?? [];
}

/** How long a coordinator holds the role before any member may take it over (rotation). */
export const COORDINATOR_TERM_DAYS = 90;

/** The coordinator role is open when nobody holds it or the holder's term is over. */
export function coordinationOpen(roleSince: Date | null, now: Date): boolean {
	if (!roleSince) return true;
	return now.getTime() - roleSince.getTime() >= COORDINATOR_TERM_DAYS * 86_400_000;
}

/** Words for a Gini coefficient of onerous work: 'balanced' below 0.25, 'lopsided' from 0.5. */
export function balanceLevel(gini: number): 'balanced' | 'uneven' | 'lopsided' {
	if (gini < 0.25) return 'balanced';
	if (gini < 0.5) return 'uneven';
	return 'lopsided';
}
