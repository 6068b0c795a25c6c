import { describe, expect, it } from 'vitest';
import { chineseGlossing, englishBase } from '../src/lexicon/dictionary.js';

describe('the general dictionary read backwards (English word → Chinese words)', () => {
  it('reads a word, its plural, -ing and -ed forms and its British spelling as one', () => {
    expect(englishBase('plants')).toBe(englishBase('plant'));
    expect(englishBase('planted')).toBe(englishBase('planting'));
    expect(englishBase('centres')).toBe(englishBase('center'));
    expect(englishBase('labour')).toBe(englishBase('labor'));
    expect(englishBase('subsidies')).toBe(englishBase('subsidy'));
    // (no plural to take off: news is not new, basis not basi)
    expect(englishBase('news')).not.toBe(englishBase('new'));
  });

  it('gives the Chinese words a gloss says, closest first, and none for a word it has not', () => {
    expect(chineseGlossing('oilseed')).toContain('油料');
    expect(chineseGlossing('allowances')).toContain('津贴');
    expect(chineseGlossing('vehicles')).toContain('车辆');
    expect(chineseGlossing('conscript')).toContain('征召');
    // (words of one character and proper names are left out: they stand inside too many others)
    expect(chineseGlossing('vehicle').every((w) => w.length >= 2)).toBe(true);
    expect(chineseGlossing('zzzqx')).toEqual([]);
  });
});
