/**
 * A pure function of one string, remembered: the answer layer reads the same labels and clauses for every
 * question (a fact's subject is compared with thousands of topics), and rewriting them each time was a fifth of
 * the time an answer took. The memory is bounded: when it holds `limit` texts it starts over.
 */
export function memoized<T>(read: (text: string) => T, limit = 50_000): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    const known = seen.get(text);
    if (known !== undefined || seen.has(text)) return known as T;
    if (seen.size >= limit) seen.clear();
    const value = read(text);
    seen.set(text, value);
    return value;
  };
}
