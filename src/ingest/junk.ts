import type { Piece } from './pieces.js';

/**
 * Web-page furniture found in the raw copies (read off the seed files): site ads, breadcrumbs,
 * editor credits, bylines, widgets, link lists. Each rule names the reason written to the ingest log.
 */
interface JunkRule {
  reason: string;
  test: (text: string) => boolean;
}

const RULES: JunkRule[] = [
  { reason: 'site-ad', test: (t) => /www\.|https?:\/\/|微信|免费资料库|QQ群/iu.test(t) },
  { reason: 'breadcrumb', test: (t) => /^[^。，,]{1,12}(?:>[^。，,>]{1,12}){2,}>?$/u.test(t) },
  { reason: 'site-blurb', test: (t) => /小编/u.test(t) },
  { reason: 'site-credit', test: (t) => /^\S{1,6}(分享|整理|供稿)$/u.test(t) },
  { reason: 'editor-credit', test: (t) => /^[(（]\s*责任编辑[:：].*[)）]$/u.test(t) },
  {
    reason: 'web-widget',
    test: (t) =>
      /^(精彩图片|查看余下全文|相关阅读|返回顶部|打印本页|关闭窗口|分享到[:：]?.*|上一篇[:：].*|下一篇[:：].*)$/u.test(
        t,
      ),
  },
  {
    reason: 'byline',
    test: (t) =>
      /^(\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2})\s+\d{1,2}:\d{2}(:\d{2})?\s*来源[:：]/u.test(t) ||
      /^来源[:：]\S+$/u.test(t),
  },
  { reason: 'index-table', test: (t) => /(索\s*引\s*号|发布单位|发布日期|文\s*号|主题词|公开分类)\s*\|/u.test(t) },
  { reason: 'stray-markup', test: (t) => /^[|｜\-_=*#·•]+$/u.test(t) },
  { reason: 'page-counter', test: (t) => /^\d{4,}$/u.test(t) },
  { reason: 'toc-marker', test: (t) => /^目\s*录$/u.test(t) },
  {
    // A site's whole navigation bar saved as one line: several of these words and no sentence.
    reason: 'site-navigation',
    test: (t) =>
      (
        t.match(/首页|登录|注册|无障碍|搜索|热搜词|政务公开|政务服务|适老模式|繁简|繁體|长者模式|网站地图|English/gu) ??
        []
      ).length >= 3 && !/[。；]/u.test(t),
  },
  {
    // A page's own lines: print and font-size buttons, its date and source, a share bar, its footer.
    reason: 'page-furniture',
    test: (t) =>
      /^(?:下载|打印|全屏|收藏|加大|还原|减小|【字号[:：]?|【字体[:：]?|字体[:：]|【|】|\[|\]|扫一扫在手机打开当前页|阅读量[:：]?|发表时间[:：]?|发布时间[:：]?.{0,20}|时间[:：]\s*\d{4}-\d{1,2}-\d{1,2}.{0,10}|来源[:：]|相关报道[:：]?|推荐朋友|当前位置[:：]?|[大中小]|>>?)$/u.test(
        t,
      ) || /ICP备|公网安备|网站标识码|版权所有[:：]|主办[:：]|承办[:：]|联系我们|您访问的链接即将离开/u.test(t),
  },
];

export const RELATED_LINKS_HEADER = /^看过.{0,40}的人还看了[:：]?$/u;

export function junkReason(text: string): string | null {
  if (RELATED_LINKS_HEADER.test(text)) return 'related-links';
  for (const rule of RULES) if (rule.test(text)) return rule.reason;
  return null;
}

export interface Classified {
  piece: Piece;
  junk: string | null;
}

/** Marks junk pieces; everything after a "看过…的人还看了" header up to the next report title is the link list. */
export function classifyJunk(pieces: Piece[], isTitle: (text: string) => boolean): Classified[] {
  let inRelatedLinks = false;
  return pieces.map((piece) => {
    if (isTitle(piece.text) && !/^\d+[.、]/u.test(piece.text)) inRelatedLinks = false;
    const reason = junkReason(piece.text);
    if (reason === 'related-links') inRelatedLinks = true;
    if (inRelatedLinks) return { piece, junk: 'related-links' };
    return { piece, junk: reason };
  });
}
