import { INSTALL, OPTION, option, SHARE_OPTIONS, str, type CommandModule } from '../src/command/command.js';
import { indicatorChoices, provinceChoices, yearChoices } from '../src/command/autocomplete.js';
import { compare } from '../src/query/targetsQueries.js';
import { compareReply } from '../src/reply/targetsReplies.js';
import { compareChart } from '../src/reply/charts/charts.js';

export const command: CommandModule = {
  shareable: true,
  definition: {
    name: 'compare', name_localizations: { 'zh-CN': '对比' },
    description: "Compare cities' targets for one indicator", description_localizations: { 'zh-CN': '对比各城市同一指标的目标' },
    ...INSTALL,
    options: [
      option(OPTION.string, 'indicator', '指标', 'Indicator, e.g. 地区生产总值 or GDP', '指标，如 地区生产总值、GDP', { required: true, autocomplete: true, max_length: 40 }),
      option(OPTION.string, 'year', '年份', 'Report year (all years if empty)', '报告年份（默认全部）', { autocomplete: true, max_length: 10 }),
      option(OPTION.string, 'province', '省份', 'Only cities of this province', '只看这个省份', { autocomplete: true, max_length: 20 }),
      ...SHARE_OPTIONS,
    ],
  },
  handle: ({ corpus }, o) => {
    const r = compare(corpus, str(o.indicator), str(o.year), str(o.province));
    return compareReply(r, compareChart(r));
  },
  autocomplete: ({ corpus }, focused) => {
    if (focused.name === 'year') return yearChoices(corpus, undefined, focused.value);
    if (focused.name === 'province') return provinceChoices(corpus, focused.value);
    return indicatorChoices(focused.value);
  },
};
