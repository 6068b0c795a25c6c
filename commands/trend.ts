import { INSTALL, OPTION, option, SHARE_OPTIONS, str, type CommandModule } from '../src/command/command.js';
import { cityChoices, indicatorChoices } from '../src/command/autocomplete.js';
import { trendChart } from '../src/reply/charts/charts.js';
import { trend } from '../src/query/trendQueries.js';
import { trendReply } from '../src/reply/trendReplies.js';

export const command: CommandModule = {
  shareable: true,
  definition: {
    name: 'trend', name_localizations: { 'zh-CN': '趋势' },
    description: "A city's targets by year beside what it achieved", description_localizations: { 'zh-CN': '城市历年目标与实际完成情况对照' },
    ...INSTALL,
    options: [
      option(OPTION.string, 'city', '城市', 'City or district', '城市或区', { required: true, autocomplete: true, max_length: 40 }),
      option(OPTION.string, 'indicator', '指标', 'Indicator, e.g. GDP', '指标，如 地区生产总值', { required: true, autocomplete: true, max_length: 40 }),
      ...SHARE_OPTIONS,
    ],
  },
  handle: ({ corpus }, o) => {
    const t = trend(corpus, str(o.city), str(o.indicator));
    return trendReply(t, trendChart(t));
  },
  autocomplete: ({ corpus }, focused) => (focused.name === 'indicator' ? indicatorChoices(focused.value) : cityChoices(corpus, focused.value)),
};
