import { OptionType } from './contract.js';

/** The options most commands share, so each is described (and localised) once. */
export const PLACE = {
  type: OptionType.String,
  name: 'city',
  zh: '城市',
  description: 'City or district, e.g. 嘉兴',
  zhDescription: '城市或区，如 嘉兴',
  required: true,
  positional: true,
  autocomplete: 'place',
  maxLength: 40,
} as const;

export const REPORT_YEAR = {
  type: OptionType.String,
  name: 'year',
  zh: '年份',
  description: 'Report year (latest if empty)',
  zhDescription: '报告年份（默认最新）',
  positional: true,
  autocomplete: 'year',
  maxLength: 10,
} as const;

export const INDICATOR = {
  type: OptionType.String,
  name: 'indicator',
  zh: '指标',
  description: 'Indicator, e.g. 地区生产总值 or GDP',
  zhDescription: '指标，如 地区生产总值、GDP',
  required: true,
  positional: true,
  autocomplete: 'indicator',
  maxLength: 40,
} as const;

export const PROVINCE = {
  type: OptionType.String,
  name: 'province',
  zh: '省份',
  description: 'Only places of this province',
  zhDescription: '只看这个省份',
  autocomplete: 'province',
  maxLength: 20,
} as const;
