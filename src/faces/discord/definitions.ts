import { COMMANDS } from '../../../commands/index.js';
import { INSTALL } from '../../command/command.js';

/** The message context-menu command: search the reports for the selected message's text. */
export const SEARCH_MESSAGE_COMMAND = {
  type: 3,
  name: 'Search in reports',
  name_localizations: { 'zh-CN': '在报告中搜索' },
  ...INSTALL,
};

export const SEARCH_MESSAGE_NAMES = new Set([SEARCH_MESSAGE_COMMAND.name, SEARCH_MESSAGE_COMMAND.name_localizations['zh-CN']]);

/** Everything `npm run deploy-commands` registers. */
export function allDefinitions(): object[] {
  return [...[...COMMANDS.values()].map((c) => ({ type: 1, ...c.definition })), SEARCH_MESSAGE_COMMAND];
}
