/**
 * Which fixture a route's parameter takes when a matrix row names none: the ordinary, visible
 * thing of its kind (rows about hidden things name theirs).
 */
export function defaultParams(route: string): Record<string, string> {
	const names = [...route.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]);
	const pick = (name: string): string => {
		if (name === 'handle') return 'handle';
		if (name === 'task') return 'task:public';
		if (name === 'key') return 'media';
		if (name === 'token') return 'token';
		if (name === 'ref') {
			if (route.startsWith('/decisions')) return 'decision:discussion';
			if (route.startsWith('/posts')) return 'post:public';
			if (route.startsWith('/threads')) return 'thread:open';
			if (route.startsWith('/projects')) return 'project:public';
			if (route.startsWith('/aid')) return 'aid:open';
		}
		if (name === 'slug') return route.includes('forums') ? 'forum' : 'chapter:home';
		if (name === 'id') {
			if (route.startsWith('/comments')) return 'comment:open';
			if (route.includes('projects')) return 'project-id:public';
			return 'decision-id:discussion';
		}
		return name;
	};
	return Object.fromEntries(names.map((n) => [n, pick(n)]));
}
