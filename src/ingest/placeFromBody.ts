import { PLACES, type Place } from '../corpus/gazetteer.js';

/** 我代表市人民政府 says the level, not the place: the kinds of place each word may stand for. */
const LEVELS: Record<string, readonly string[]> = {
  省: ['省'],
  自治区: ['自治区'],
  市: ['地级市', '县级市', '直辖市'],
  州: ['自治州'],
  盟: ['盟'],
  区: ['市辖区', '特区'],
  县: ['县', '自治县'],
  旗: ['旗', '自治旗'],
};
/**
 * The place must be named at least twice and score this much with its counties' mentions; it must be
 * named MARGIN times as often as the next place, and score well ahead of it, to be the report's.
 */
const MIN_OWN = 2;
const MIN_SCORE = 3;
const MARGIN = 2;

/**
 * 全市 forty times and 全省 twice: a city's report speaks of its whole as 全市, a province's as 全省. The
 * level when one such word clearly dominates (five uses at least, three times any other).
 */
function levelFromWholes(text: string): string | undefined {
  const uses = ['省', '市', '区', '县', '旗', '州', '盟']
    .map((l) => ({ l, n: count(text, `全${l}`) }))
    .sort((a, b) => b.n - a.n);
  const [top, second] = uses;
  return top && top.n >= 5 && top.n >= 3 * (second?.n ?? 0) ? top.l : undefined;
}

function count(text: string, word: string): number {
  let n = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) n += 1;
  return n;
}

/**
 * The weakest evidence of a report's place, used only when nothing above the body names it: the place
 * the body names most (its full or short name, plus half a mention for each of its counties and
 * districts named), of the level the opening gives when it gives one, clearly ahead of any other.
 */
export function placeFromBody(paragraphs: string[], level?: string): { place: Place; evidence: string } | null {
  // 中华人民共和国 holds 共和 (a county's short name); the country's name is no place's mention.
  const text = paragraphs.join('\n').replace(/中华人民共和国|共和国/gu, '');
  const allowed = LEVELS[level ?? levelFromWholes(text) ?? ''];
  const mentions = new Map<Place, number>();
  const shortCounts = new Map<Place, number>();
  for (const p of PLACES) {
    // 城区, 郊区, 矿区: a two-character full name is a plain word as often as a place.
    if (p.level === '国家' || p.name.length <= 2) continue;
    const full = count(text, p.name);
    const short = p.short !== p.name ? count(text, p.short) - full : 0;
    if (full + short > 0) shortCounts.set(p, full + short);
    // A two-character short name of a county (合作, 共和, 和平) is often a plain word: only its full name counts.
    const own = full + (p.short.length >= 3 || !p.parent ? short : 0);
    if (own > 0) mentions.set(p, own);
  }
  const scored: { place: Place; own: number; score: number }[] = [];
  for (const [place, own] of mentions) {
    if (allowed && !allowed.includes(place.level)) continue;
    let children = 0;
    // Beside their prefecture, its counties' short names are its counties (泌阳, 确山 in 驻马店's report).
    for (const [child, n] of shortCounts)
      if (child.parent === place.name && child.province === place.province) children += n;
    scored.push({ place, own, score: own + children / 2 });
  }
  scored.sort((a, b) => b.score - a.score);
  const [best, next] = scored;
  if (!best || best.own < MIN_OWN || best.score < MIN_SCORE) return null;
  if (next && (best.own < MARGIN * next.own || best.score < next.score * MARGIN * 0.75)) return null;
  return {
    place: best.place,
    evidence: `正文：“${best.place.short}”出现${best.own}次${best.score > best.own ? `，下辖地名${Math.round((best.score - best.own) * 2)}次` : ''}${next ? `（其次是“${next.place.short}”，${next.own}次）` : ''}`,
  };
}
