import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutAtSentence } from '../src/faces/discord/limits.js';
import { intersection, union } from '../src/search/engine.js';
import { type Hits, PostingIndex, queryKeys } from '../src/search/postings.js';
import { snippetOf } from '../src/search/snippet.js';
import { sentenceAround } from '../src/text/sentences.js';

/** A few Han characters, digits, Latin letters and report punctuation: small enough that words collide. */
const piece = fc.constantFrom('经', '济', '发', '展', '增', '长', '目', '标', 'gdp', '5', '%', '，', '。', ' ', '𠀀');
const text = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));

const sortedHits = fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 30 }).map((docs): Hits => {
  const sorted = Int32Array.from(docs).sort();
  return { docs: sorted, scores: Float64Array.from(sorted, (d) => d + 1) };
});

describe('posting lists (properties)', () => {
  it('an intersection holds exactly the documents of every list, scores added', () => {
    fc.assert(
      fc.property(fc.array(sortedHits, { minLength: 1, maxLength: 4 }), (lists) => {
        const result = intersection(lists);
        const expected = [...lists[0]!.docs].filter((d) => lists.every((l) => l.docs.includes(d)));
        expect([...result.docs]).toEqual(expected);
        for (let i = 0; i < result.docs.length; i += 1) {
          expect(result.scores[i]).toBe(lists.length * (result.docs[i]! + 1));
        }
      }),
    );
  });

  it('a union holds every document once, in order', () => {
    fc.assert(
      fc.property(fc.array(sortedHits, { maxLength: 4 }), (lists) => {
        const result = union(lists, 'sum');
        const expected = [...new Set(lists.flatMap((l) => [...l.docs]))].sort((a, b) => a - b);
        expect([...result.docs]).toEqual(expected);
      }),
    );
  });

  it('the index finds exactly the paragraphs holding every token of the query', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 12 }), text, (texts, query) => {
        const keys = queryKeys(query);
        fc.pre(keys.length > 0);
        const index = PostingIndex.build(texts);
        const expected = texts.flatMap((t, doc) => {
          const own = new Set(queryKeys(t));
          return keys.every((k) => own.has(k)) ? [doc] : [];
        });
        expect([...index.intersect(keys).docs]).toEqual(expected);
      }),
    );
  });
});

describe('snippet windows (properties)', () => {
  const marked = text.chain((t) =>
    fc.array(fc.tuple(fc.nat(t.length), fc.nat(t.length)), { maxLength: 5 }).map((pairs) => ({
      text: t.repeat(5),
      marks: pairs.map(([a, b]): [number, number] => [Math.min(a, b), Math.max(a, b)]).filter(([a, b]) => a < b),
    })),
  );

  it('cuts a window of the verbatim text whose marks cover the same characters as in the paragraph', () => {
    fc.assert(
      fc.property(marked, fc.integer({ min: 10, max: 120 }), ({ text: paragraph, marks }, width) => {
        const snippet = snippetOf(paragraph, marks, width);
        const body = snippet.text.replace(/^…/u, '').replace(/…$/u, '');
        expect(paragraph).toContain(body);
        expect(body.length).toBeLessThanOrEqual(width + 1);
        for (const [start, end] of snippet.marks) {
          const piece = snippet.text.slice(start, end);
          expect(piece.length).toBeGreaterThan(0);
          expect(paragraph).toContain(piece);
        }
      }),
    );
  });
});

describe('snippet windows (a case fast-check found)', () => {
  it('stays within its width when both ends of the window meet a surrogate pair', () => {
    // Found by the property above in CI: the start moved back onto 𠀀 and the end forward past one.
    const text = '𠀀经 𠀀𠀀经 𠀀𠀀经 𠀀𠀀经 𠀀𠀀经 𠀀';
    const snippet = snippetOf(text, [[4, 5]], 12);
    const body = snippet.text.replace(/^…/u, '').replace(/…$/u, '');
    expect(body.length).toBeLessThanOrEqual(13);
    expect(text).toContain(body);
  });
});

describe('sentence cutting (properties)', () => {
  it('cuts to the limit at a sentence end, never inside a character, and keeps short text whole', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 2, max: 60 }), (t, max) => {
        const cut = cutAtSentence(t, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        if (t.length <= max) expect(cut).toBe(t);
        else {
          expect(cut.endsWith('…')).toBe(true);
          const kept = cut.slice(0, -1);
          expect(t.startsWith(kept)).toBe(true);
          expect(/[\ud800-\udbff]$/u.test(kept)).toBe(false);
        }
      }),
    );
  });

  it('the sentence around a fragment is a piece of the text that holds the fragment', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const from = a % (t.length + 1);
        const fragment = t.slice(from, from + (b % 8)).trim();
        fc.pre(fragment.length > 0);
        const sentence = sentenceAround(t, fragment);
        expect(t).toContain(sentence);
        expect(sentence).toContain(fragment);
      }),
    );
  });
});
