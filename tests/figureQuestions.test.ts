import { afterAll, describe, expect, it } from 'vitest';
import { QUESTION_SETS } from './fixtures/figureQuestions.js';
import { library } from './helpers/library.js';
import { type Scored, score, summary } from './helpers/scoreQuestions.js';

/**
 * Every labelled set of figure questions (tests/fixtures/questions), printed on every run beside its
 * first run. The bar that holds for every set: no wrong figure and no invented answer, ever. Accuracy is
 * a bar only for the development sets, pooled: a held-out set is measured, never tuned to.
 */
const DEVELOPMENT_ACCURACY = 0.95;
const seedSets = QUESTION_SETS.filter((s) => !s.corpus || s.corpus === 'seeds');
const results = new Map<string, Scored[]>();

describe('labelled figure questions', () => {
  for (const set of seedSets) {
    it(`${set.name} (${set.status}): no wrong and no invented answer`, () => {
      const scored = set.questions.map((q) => score(library, q));
      results.set(set.name, scored);
      const bad = scored
        .filter((s) => s.verdict === 'wrong' || s.verdict === 'invented')
        .map((s) => `${s.verdict}: ${s.question.q} → ${s.why}`);
      expect(bad).toEqual([]);
    });
  }

  it(`development sets, pooled: at least ${DEVELOPMENT_ACCURACY * 100}% right`, () => {
    const pooled = seedSets
      .filter((s) => s.status === 'development')
      .flatMap((s) => results.get(s.name) ?? s.questions.map((q) => score(library, q)));
    const right = pooled.filter((s) => s.verdict === 'right').length;
    expect(right / pooled.length).toBeGreaterThanOrEqual(DEVELOPMENT_ACCURACY);
  });

  afterAll(() => {
    for (const set of seedSets) {
      const scored = results.get(set.name);
      const first = set.firstRun
        ? ` — first run ${set.firstRun.right}/${set.firstRun.of}, ${set.firstRun.invented} invented`
        : '';
      if (scored) console.log(`${summary(`${set.name} (${set.status})`, scored)}${first}`);
    }
  });
});
