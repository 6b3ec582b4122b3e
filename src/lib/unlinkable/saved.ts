/**
 * The unlinkable credential this browser keeps for one decision or election (localStorage), with
 * the receipt of the ballot last cast with it. Apart from the cast itself (`./client`), so that a
 * page can say what is kept here without downloading the code that casts.
 */

export type Saved = { token: string; signature: string; fingerprint: string; receipt?: string };

export function readSaved(key: string): Saved | null {
	try {
		const value = JSON.parse(localStorage.getItem(key) ?? 'null') as Saved | null;
		return value && typeof value.token === 'string' && typeof value.signature === 'string'
			? value
			: null;
	} catch {
		return null;
	}
}

export function save(key: string, value: Saved) {
	localStorage.setItem(key, JSON.stringify(value));
}
