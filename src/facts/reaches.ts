import { LEXICON } from '../lexicon/lexicon.js';

/** A qualifier making a figure a bound from above (以内, 以下: the lexicon's qualifiers.ceilings). */
export function isCeiling(qualifier: string | null): boolean {
  return qualifier !== null && LEXICON.qualifiers.ceilings.includes(qualifier);
}

/**
 * Whether a result reaches a target: the target's number (a range's lower end) is reached at or above it; a
 * ceiling — 以内/以下, or one the caller knows of (a fall, CPI) — is met at or under it (a range's upper end).
 * 左右 has no tolerance: 7% against "7.5%左右" is missed. One rule for /trend and for a met answer.
 */
export function reaches(
  target: { number: number; range: [number, number] | null; qualifier: string | null },
  actual: number,
  ceiling = false,
): { met: boolean; bound: number; upper: boolean } {
  const upper = ceiling || isCeiling(target.qualifier);
  const bound = upper ? (target.range?.[1] ?? target.number) : (target.range?.[0] ?? target.number);
  return { met: upper ? actual <= bound : actual >= bound, bound, upper };
}
