/**
 * Exact arithmetic: BigInt rationals and scaled-integer (fixed-point)
 * helpers. Counting rules that define their arithmetic exactly (Meek,
 * Scottish 5-decimal truncation, thresholds such as "at least 2/3") are
 * computed with these, never with floats.
 */

function gcd(a: bigint, b: bigint): bigint {
	if (a < 0n) a = -a;
	if (b < 0n) b = -b;
	while (b !== 0n) [a, b] = [b, a % b];
	return a;
}

export class Rational {
	/** Always in lowest terms with a positive denominator. */
	readonly num: bigint;
	readonly den: bigint;

	private constructor(num: bigint, den: bigint) {
		this.num = num;
		this.den = den;
	}

	static of(num: bigint | number, den: bigint | number = 1n): Rational {
		let n = BigInt(num);
		let d = BigInt(den);
		if (d === 0n) throw new RangeError('zero denominator');
		if (d < 0n) {
			n = -n;
			d = -d;
		}
		const g = gcd(n, d);
		return g > 1n ? new Rational(n / g, d / g) : new Rational(n, d);
	}

	static readonly ZERO = Rational.of(0n);
	static readonly ONE = Rational.of(1n);

	add(o: Rational): Rational {
		if (this.den === o.den) return Rational.of(this.num + o.num, this.den);
		return Rational.of(this.num * o.den + o.num * this.den, this.den * o.den);
	}
	sub(o: Rational): Rational {
		if (this.den === o.den) return Rational.of(this.num - o.num, this.den);
		return Rational.of(this.num * o.den - o.num * this.den, this.den * o.den);
	}
	mul(o: Rational): Rational {
		return Rational.of(this.num * o.num, this.den * o.den);
	}
	mulInt(k: bigint | number): Rational {
		return Rational.of(this.num * BigInt(k), this.den);
	}
	div(o: Rational): Rational {
		return Rational.of(this.num * o.den, this.den * o.num);
	}
	cmp(o: Rational): number {
		const l = this.num * o.den;
		const r = o.num * this.den;
		return l < r ? -1 : l > r ? 1 : 0;
	}
	isZero(): boolean {
		return this.num === 0n;
	}
	/** "a/b", or "a" when whole. */
	toString(): string {
		return this.den === 1n ? this.num.toString() : `${this.num}/${this.den}`;
	}
	/** Decimal string with `digits` places, truncated toward zero. */
	toDecimal(digits: number): string {
		const scale = 10n ** BigInt(digits);
		return formatScaled((this.num * scale) / this.den, digits);
	}
}

/** Formats a scaled integer: formatScaled(123456n, 5) === "1.23456". */
export function formatScaled(value: bigint | number, decimals: number): string {
	let v = BigInt(value);
	const negative = v < 0n;
	if (negative) v = -v;
	let s = v.toString();
	if (decimals === 0) return (negative ? '-' : '') + s;
	if (s.length <= decimals) s = '0'.repeat(decimals - s.length + 1) + s;
	const text = `${s.slice(0, s.length - decimals)}.${s.slice(s.length - decimals)}`;
	return negative ? `-${text}` : text;
}

/** num/den as a decimal string with `decimals` places, rounded half up (non-negative). */
export function roundedDecimal(num: bigint, den: bigint, decimals: number): string {
	const scale = 10n ** BigInt(decimals);
	return formatScaled((2n * num * scale + den) / (2n * den), decimals);
}

/** floor(a * b / c) for non-negative safe integers, exact even when a*b exceeds 2^53. */
export function mulDivFloor(a: number, b: number, c: number): number {
	const product = a * b;
	if (product <= Number.MAX_SAFE_INTEGER) return Math.floor(product / c);
	return Number((BigInt(a) * BigInt(b)) / BigInt(c));
}

/** Integer square root (floor) of a non-negative bigint. */
export function isqrt(n: bigint): bigint {
	if (n < 0n) throw new RangeError('negative');
	if (n < 2n) return n;
	let x = BigInt(Math.floor(Math.sqrt(Number(n))));
	// Newton steps correct the float estimate in both directions.
	for (;;) {
		const y = (x + n / x) >> 1n;
		if (y >= x) break;
		x = y;
	}
	while (x * x > n) x -= 1n;
	while ((x + 1n) * (x + 1n) <= n) x += 1n;
	return x;
}

/** Compares a/b with c/d for non-negative integers, exactly. */
export function compareFractions(a: number, b: number, c: number, d: number): number {
	const l = BigInt(a) * BigInt(d);
	const r = BigInt(c) * BigInt(b);
	return l < r ? -1 : l > r ? 1 : 0;
}

/** Checks a user-supplied fraction like {numerator: 2, denominator: 3}. */
export function checkFraction(
	f: { numerator: number; denominator: number },
	where: string,
	fail: (m: string, w: string) => never
): Rational {
	if (!Number.isSafeInteger(f.numerator) || f.numerator < 0)
		fail('numerator must be a non-negative whole number', where);
	if (!Number.isSafeInteger(f.denominator) || f.denominator <= 0)
		fail('denominator must be a positive whole number', where);
	return Rational.of(f.numerator, f.denominator);
}
