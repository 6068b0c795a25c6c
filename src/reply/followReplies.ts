import type { FollowMatch } from '../query/followQueries.js';
import type { Follow } from '../support/followStore.js';
import { citation } from './citation.js';
import type { Reply } from './model.js';

/** Passages a follower is shown of a new report; the rest are a /search away. */
const SHOWN = 5;

function topicOf(f: Pick<Follow, 'query' | 'city'>): string {
  return `“${f.query}”${f.city ? `（${f.city}）` : ''}`;
}

/** The one message a follower gets when a report on their topic is added. */
export function followDeliveryReply(follow: Follow, match: FollowMatch): Reply {
  const { report, hits } = match;
  return {
    tone: 'result',
    title: `新报告：${report.title} · 关注的${topicOf(follow)}有 ${hits.length} 段`,
    quotes: hits.slice(0, SHOWN).map((h) => ({
      text: { text: h.snippet, marks: h.snippetMarks },
      citation: citation(h),
      id: h.id,
    })),
    notes:
      hits.length > SHOWN
        ? [`另有 ${hits.length - SHOWN} 段，用 /search ${follow.query} city:${report.city} 查看。`]
        : [],
    footer: `引文为报告原文。关注编号 ${follow.id}：用 /follow remove ${follow.id} 取消关注。`,
    shareable: false,
  };
}

export function followAddedReply(follow: Follow, note: string | null): Reply {
  return {
    tone: 'result',
    title: `已关注${topicOf(follow)}`,
    intro: '有新报告加入时，会在这里发一条消息，逐字引用其中相关的段落。',
    notes: [note, `关注编号 ${follow.id}；用 /follow list 查看，/follow remove ${follow.id} 取消。`].filter(
      (n): n is string => Boolean(n),
    ),
    shareable: false,
  };
}

export function followListReply(follows: readonly Follow[]): Reply {
  if (follows.length === 0)
    return {
      tone: 'empty',
      title: '这里还没有关注的主题',
      intro: '用 /follow add 营商环境 city:嘉兴 关注一个主题：有新报告时会在这里通知。',
      shareable: false,
    };
  return {
    tone: 'result',
    title: `这里关注的主题 · 共 ${follows.length} 个`,
    table: {
      columns: ['编号', '主题', '地方', '添加者', '添加时间'],
      rows: follows.map((f) => [f.id, f.query, f.city ?? '全部', f.userId, f.createdAt.slice(0, 10)]),
    },
    shareable: false,
  };
}
