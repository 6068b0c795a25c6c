import { describe, expect, it } from 'vitest';
import { LEXICON } from '../src/lexicon/lexicon.js';
import { segmenter } from '../src/text/segment.js';

describe('word segmentation', () => {
  it('keeps every domain word whole, alone and inside a sentence', () => {
    expect(LEXICON.domainWords.words.length).toBeGreaterThan(40);
    for (const word of LEXICON.domainWords.words) {
      expect(segmenter().cut(word)).toEqual([word]);
      expect(segmenter().cut(`今年要推进${word}工作`)).toContain(word);
    }
  });

  it('cuts the phrases jieba alone splits', () => {
    expect(segmenter().cut('城镇新增就业2万人')).toContain('城镇新增就业');
    expect(segmenter().cut('筹建保障性租赁住房3000套')).toContain('保障性租赁住房');
  });

  it('search mode also gives the shorter words inside a long one', () => {
    const words = segmenter().cutForSearch('规模以上工业增加值');
    expect(words).toContain('规模以上工业增加值');
    expect(words.length).toBeGreaterThan(1);
  });
});
