/**
 * Seeded pseudo-random generator for lots (random tie-breaks).
 *
 * xoshiro128** seeded from the seed string through cyrb128. It is fully
 * specified here, uses only 32-bit integer operations and so gives the same
 * sequence in every JavaScript engine: a recount with the same seed draws
 * the same lots.
 */

function cyrb128(text: string): [number, number, number, number] {
	let h1 = 1779033703;
	let h2 = 3144134277;
	let h3 = 1013904242;
	let h4 = 2773480762;
	for (let i = 0; i < text.length; i++) {
		const k = text.charCodeAt(i);
		h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
		h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
		h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
		h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
	}
	h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
	h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
	h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
	h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
	h1 ^= h2 ^ h3 ^ h4;
	h2 ^= h1;
	h3 ^= h1;
	h4 ^= h1;
	return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

export class SeededRandom {
	private s: [number, number, number, number];

	constructor(seed: string) {
		this.s = cyrb128(seed);
		// An all-zero state would be a fixed point of xoshiro.
		if ((this.s[0] | this.s[1] | this.s[2] | this.s[3]) === 0) this.s[0] = 1;
	}

	nextUint32(): number {
		const s = this.s;
		const result = Math.imul(rotl(Math.imul(s[1], 5), 7), 9) >>> 0;
		const t = s[1] << 9;
		s[2] ^= s[0];
		s[3] ^= s[1];
		s[1] ^= s[2];
		s[0] ^= s[3];
		s[2] ^= t;
		s[3] = rotl(s[3], 11);
		return result;
	}

	/** Uniform integer in [0, n) without modulo bias (rejection sampling). */
	below(n: number): number {
		if (!Number.isInteger(n) || n <= 0 || n > 0x100000000) throw new RangeError(`bad bound ${n}`);
		const limit = 0x100000000 - (0x100000000 % n);
		for (;;) {
			const x = this.nextUint32();
			if (x < limit) return x % n;
		}
	}
}

function rotl(x: number, k: number): number {
	return (x << k) | (x >>> (32 - k));
}
