/**
 * The proposal form's filter of affected groups, the same on the server (without JavaScript) and
 * in the browser (as one types): a name matches when it contains the words typed, ignoring case
 * and accents ("valencia" finds "Valencia", "peru" finds "Perú").
 */
export function foldName(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase().trim();
}

export function nameMatches(name: string, query: string): boolean {
	const q = foldName(query);
	return q === '' || foldName(name).includes(q);
}
