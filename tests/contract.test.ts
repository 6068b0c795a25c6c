import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../commands/index.js';
import { withCommandTable } from '../scripts/readme-commands.js';
import { readArguments } from '../src/command/arguments.js';
import { OptionType } from '../src/command/contract.js';
import { runCommand } from '../src/command/dispatch.js';
import { PROJECT_ROOT } from '../src/corpus/paths.js';
import { usageOf } from '../src/faces/cli/main.js';
import { allDefinitions } from '../src/faces/discord/definitions.js';
import { commandContext } from './helpers/library.js';

const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');

describe('one command contract for every face', () => {
  it('the README command table is the one the definitions give (npm run docs)', () => {
    expect(readme).toBe(withCommandTable(readme));
    for (const c of COMMANDS.values()) expect(readme).toContain(c.example);
  });

  it('/help lists every command with its example', async () => {
    const { reply } = await runCommand(commandContext(), 'help', {});
    // One line per command, and under it the lines of its own syntax (search's operators).
    const usage = [...COMMANDS.values()].reduce((n, c) => n + c.usage.length, 0);
    expect(reply.notes).toHaveLength(COMMANDS.size + usage);
    expect(usage).toBeGreaterThan(0);
    for (const c of COMMANDS.values()) expect(reply.notes?.join('\n')).toContain(c.example);
  });

  it('Discord gets every option, localised, and the share options only on shareable commands', () => {
    const definitions = allDefinitions(COMMANDS);
    for (const c of COMMANDS.values()) {
      const d = definitions.find((x) => x.name === c.name);
      const names = (d && 'options' in d ? (d.options ?? []) : []).map((o) => o.name);
      expect(names.slice(0, c.options.length)).toEqual(c.options.map((o) => o.name));
      expect(names.includes('public')).toBe(c.shareable);
      expect(names.includes('mention')).toBe(c.shareable);
    }
  });

  it('the CLI usage names the positional options and the flags', () => {
    const search = COMMANDS.get('search')!;
    expect(usageOf(search)).toBe(
      'govreport search <关键词> [--city 城市] [--year 年份] [--sort 排序] [--province 省份] [--level 级别] [--limit 条数] [--page 页码] [--json]',
    );
    expect(usageOf(COMMANDS.get('compare')!)).toContain('[--png 文件]');
  });

  it('reads every face’s values the same way: numbers clamped, empty strings absent, nonsense refused', () => {
    const options = [
      { type: OptionType.Integer, name: 'limit', zh: '条数', description: '', zhDescription: '', min: 1, max: 10 },
      { type: OptionType.Boolean, name: 'public', zh: '公开', description: '', zhDescription: '' },
      { type: OptionType.String, name: 'city', zh: '城市', description: '', zhDescription: '' },
    ] as const;
    expect(readArguments(options, { limit: '３', public: 'true', city: '' })).toEqual({ limit: 3, public: true });
    expect(readArguments(options, { limit: 500 })).toEqual({ limit: 10 });
    expect(readArguments(options, { limit: '-2' })).toEqual({ limit: 1 });
    expect(readArguments(options, { unknown: 'x' })).toEqual({});
    expect(() => readArguments(options, { limit: 'abc' })).toThrow(/条数.*数字/u);
    expect(() => readArguments(options, { city: { nested: true } })).toThrow(/无法识别/u);
  });

  it('answers an unknown command and a garbled value politely, not with a crash', async () => {
    const unknown = await runCommand(commandContext(), 'nope', {});
    expect(unknown.ok).toBe(false);
    expect(unknown.reply.intro).toContain('/help');
    const garbled = await runCommand(commandContext(), 'search', { query: '营商环境', limit: 'lots' });
    expect(garbled).toMatchObject({ ok: false, json: { error: expect.stringContaining('数字') } });
  });
});
