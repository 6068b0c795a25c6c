/** The sentence (ending in 。) of a text that holds a fragment; the whole text when the fragment is not in it. */
export function sentenceAround(text: string, fragment: string): string {
  const at = text.indexOf(fragment);
  if (at < 0) return text;
  // The sentence starts after the last 。 before the fragment (a fragment may itself start with one).
  const start = at === 0 ? 0 : text.lastIndexOf('。', at - 1) + 1;
  // A fragment that ends with 。 ends its own sentence.
  const endAt = text.indexOf('。', at + Math.max(0, fragment.length - 1));
  return text.slice(start, endAt < 0 ? text.length : endAt + 1).trim();
}
