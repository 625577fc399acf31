import { NUMERALS, type Numeral } from './schema.ts';

/** 1 → 一 … 10 → 十. */
export function toNumeral(n: number): Numeral {
	const value = NUMERALS[n - 1];
	if (!value) throw new Error(`toNumeral: expected 1–${NUMERALS.length}, got ${n}`);
	return value;
}

/** 一 → 1 … 十 → 10. */
export function fromNumeral(numeral: string): number {
	const index = (NUMERALS as readonly string[]).indexOf(numeral);
	if (index === -1) throw new Error(`fromNumeral: expected one of ${NUMERALS.join('')}, got "${numeral}"`);
	return index + 1;
}
