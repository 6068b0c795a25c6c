import { INDICATOR, PLACE } from '../src/command/commonOptions.js';
import { defineCommand } from '../src/command/contract.js';
import { trend } from '../src/query/trendQueries.js';
import { trendChart } from '../src/reply/charts/charts.js';
import { trendReply } from '../src/reply/trendReplies.js';

export const command = defineCommand({
  name: 'trend',
  zh: '趋势',
  description: "A city's targets by year beside what it achieved",
  zhDescription: '城市历年目标与实际完成情况对照',
  summary: '历年目标与次年报告所述实际：达成 / 未达成 / 未知，附图',
  example: '/trend 嘉兴 GDP',
  shareable: true,
  options: [PLACE, INDICATOR],
  query: ({ library }, { city, indicator }) => trend(library, city, indicator),
  chart: (t, charts) => trendChart(t, charts),
  reply: (t, chart) => trendReply(t, chart),
});
