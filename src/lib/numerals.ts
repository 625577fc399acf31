/** Chinese numerals used by the plan for parts (一、) and sub-parts (（一）). */
export const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const;
export type Numeral = (typeof NUMERALS)[number];

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

/** A whole number from 1 to 99 in Chinese numerals, as in 第十九条: 9 → 九, 10 → 十, 19 → 十九, 27 → 二十七. */
export function chineseNumber(n: number): string {
	if (!Number.isInteger(n) || n < 1 || n > 99) throw new Error(`chineseNumber: expected a whole number 1–99, got ${n}`);
	const tens = Math.floor(n / 10);
	const units = n % 10;
	if (tens === 0) return NUMERALS[units - 1]!;
	return `${tens > 1 ? NUMERALS[tens - 1] : ''}十${units ? NUMERALS[units - 1] : ''}`;
}
