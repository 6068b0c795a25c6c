import { COMMANDS } from '../../commands/index.js';
import type { CommandOptions } from './command.js';

/** The console spelling of a command with its options, so buttons can re-run it: "/search city:南湖区 营商环境". */
export function commandLine(name: string, options: CommandOptions): string {
  const greedy = COMMANDS.get(name)?.greedy;
  const named = Object.entries(options)
    .filter(([k, v]) => v !== undefined && v !== '' && k !== greedy && k !== 'public' && k !== 'mention')
    .map(([k, v]) => `${k}:${String(v).replace(/\s+/gu, '')}`);
  const rest = greedy && options[greedy] !== undefined ? [String(options[greedy]).replace(/\s+/gu, ' ').trim()] : [];
  return [`/${name}`, ...named, ...rest].join(' ');
}
