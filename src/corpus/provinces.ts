/**
 * China's province-level divisions with the short forms people write in front of a place ("浙江宁波",
 * "广东省珠海市"). The full gazetteer of every division comes with the any-report work; these suffice to
 * recognise a province word in a query or question.
 */
export const PROVINCES: readonly string[] = [
  '北京市',
  '天津市',
  '上海市',
  '重庆市',
  '河北省',
  '山西省',
  '辽宁省',
  '吉林省',
  '黑龙江省',
  '江苏省',
  '浙江省',
  '安徽省',
  '福建省',
  '江西省',
  '山东省',
  '河南省',
  '湖北省',
  '湖南省',
  '广东省',
  '海南省',
  '四川省',
  '贵州省',
  '云南省',
  '陕西省',
  '甘肃省',
  '青海省',
  '台湾省',
  '内蒙古自治区',
  '广西壮族自治区',
  '西藏自治区',
  '宁夏回族自治区',
  '新疆维吾尔自治区',
  '香港特别行政区',
  '澳门特别行政区',
];

/** 浙江省 → 浙江, 广西壮族自治区 → 广西. */
export function provinceShort(name: string): string {
  return name.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/u, '');
}

/** A province written at the start of a text, full or short: "广东省珠海市…" → 广东省 and the rest. */
export function leadingProvince(text: string): { province: string; rest: string } | null {
  for (const p of PROVINCES) {
    for (const written of [p, provinceShort(p)]) {
      if (written.length >= 2 && text.startsWith(written)) return { province: p, rest: text.slice(written.length) };
    }
  }
  return null;
}
