import type { PlaceLevel } from './types.js';

/**
 * Places the reports come from. The reports rarely state their own province or administrative
 * level, so ingest looks them up here; a report from a place not listed is still ingested, with
 * province and level `未知`, and the ingest summary says so.
 */
export interface Place {
  name: string;
  short: string;
  province: string;
  level: PlaceLevel;
  slug: string;
  parent: string | null;
}

function place(name: string, province: string, level: PlaceLevel, slug: string, parent: string | null = null): Place {
  return { name, short: shortName(name), province, level, slug, parent };
}

/** 嘉兴市 → 嘉兴, 南湖区 → 南湖; two-character names keep their suffix (so 沙县 stays whole). */
export function shortName(name: string): string {
  return name.length > 2 ? name.replace(/(市|区|县)$/u, '') : name;
}

export const PLACES: readonly Place[] = [
  place('嘉兴市', '浙江省', '地级市', 'jiaxing'),
  place('南湖区', '浙江省', '市辖区', 'nanhu', '嘉兴市'),
  place('温州市', '浙江省', '地级市', 'wenzhou'),
  place('金华市', '浙江省', '地级市', 'jinhua'),
  place('宁波市', '浙江省', '地级市', 'ningbo'),
  place('彬州市', '陕西省', '县级市', 'binzhou', '咸阳市'),
  place('咸阳市', '陕西省', '地级市', 'xianyang'),
  place('商洛市', '陕西省', '地级市', 'shangluo'),
  place('铜川市', '陕西省', '地级市', 'tongchuan'),
  place('渭南市', '陕西省', '地级市', 'weinan'),
  place('高安市', '江西省', '县级市', 'gaoan', '宜春市'),
  place('龙南市', '江西省', '县级市', 'longnan', '赣州市'),
  place('邯郸市', '河北省', '地级市', 'handan'),
  place('河源市', '广东省', '地级市', 'heyuan'),
  place('乐昌市', '广东省', '县级市', 'lechang', '韶关市'),
  place('茂名市', '广东省', '地级市', 'maoming'),
  place('梅州市', '广东省', '地级市', 'meizhou'),
  place('汕尾市', '广东省', '地级市', 'shanwei'),
  place('珠海市', '广东省', '地级市', 'zhuhai'),
  place('临沧市', '云南省', '地级市', 'lincang'),
  place('泸州市', '四川省', '地级市', 'luzhou'),
  place('南宁市', '广西壮族自治区', '地级市', 'nanning'),
  place('沁阳市', '河南省', '县级市', 'qinyang', '焦作市'),
  place('泉州市', '福建省', '地级市', 'quanzhou'),
  place('忻州市', '山西省', '地级市', 'xinzhou'),
  place('资兴市', '湖南省', '县级市', 'zixing', '郴州市'),
];

export function findPlace(name: string): Place | undefined {
  return PLACES.find((p) => p.name === name || p.short === name);
}
