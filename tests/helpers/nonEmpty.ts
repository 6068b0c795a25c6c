import { expect } from 'vitest';

/** The list, after asserting that it has something in it: an `.every` over nothing proves nothing. */
export function nonEmpty<T>(list: readonly T[]): readonly T[] {
  expect(list.length).toBeGreaterThan(0);
  return list;
}
