import { describe, expect, it } from 'vitest';
import { LEXICON, lexiconProblems } from '../src/lexicon/lexicon.js';

/** The lexicon is data checked once: what it says is used everywhere, and a slip in it is caught at load. */
describe('the lexicon', () => {
  it('loads without a problem', () => {
    expect(lexiconProblems(LEXICON)).toEqual([]);
    expect(LEXICON.indicators.length).toBeGreaterThan(20);
  });

  it('names an alias given to two indicators, an unknown related indicator, a bad measure and a broken pattern', () => {
    const [gdp, industry] = LEXICON.indicators;
    const broken = {
      indicators: [
        { ...gdp!, measures: ['speed'] },
        { ...industry!, aliases: [...industry!.aliases, 'GDP'], related: ['没有这个指标'] },
      ],
      english: [{ pattern: '(unclosed', chinese: '地区生产总值' }],
    };
    expect(lexiconProblems(broken)).toEqual([
      '地区生产总值: “speed” is not a measure',
      'alias “GDP” is given to both 地区生产总值 and 规模以上工业增加值',
      '规模以上工业增加值: related “没有这个指标” is not an indicator',
      'english pattern “(unclosed” does not compile',
    ]);
  });
});
