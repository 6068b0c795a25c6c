import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../commands/index.js';
import { checkConfig } from '../src/app/config.js';
import { formatCommandLine, parseCommandLine as parseWith, type RawOptions } from '../src/command/commandLine.js';
import { RateLimiter } from '../src/faces/discord/rateLimit.js';
import { createLogger } from '../src/support/log.js';
import { runMain } from './helpers/runMain.js';

describe('config', () => {
  it('accepts a full, valid environment', () => {
    const c = checkConfig({
      DISCORD_TOKEN: 'abcdefghijklmnopqrstuvwx.abcdef.abcdefghijklmnopqrstuvwxyz0',
      DISCORD_CLIENT_ID: '123456789012345678',
      LOG_LEVEL: 'debug',
    });
    expect(c.problems).toEqual([]);
    expect(c.canConnect).toBe(true);
    expect(c.config.logLevel).toBe('debug');
  });

  it('gives one clear line per problem', () => {
    const c = checkConfig({
      DISCORD_TOKEN: 'nope',
      DISCORD_CLIENT_ID: 'abc',
      DISCORD_GUILD_ID: '12',
      DISCORD_API_URL: 'ftp://x',
      LOG_LEVEL: 'loud',
    });
    expect(c.canConnect).toBe(false);
    expect(c.problems).toHaveLength(5);
    for (const p of c.problems) expect(p).not.toContain('\n');
    expect(c.problems.join()).not.toContain('nope');
  });

  it('without a token, runs the console', () => {
    expect(checkConfig({}).canConnect).toBe(false);
    expect(checkConfig({}).problems).toEqual([]);
  });

  it('normalises the API URL to its base', () => {
    expect(checkConfig({ DISCORD_API_URL: 'http://127.0.0.1:4000/api/v10/' }).config.apiUrl).toBe(
      'http://127.0.0.1:4000/api',
    );
  });
});

describe('logger', () => {
  it('writes JSON lines and redacts the token wherever it appears', () => {
    const lines: string[] = [];
    const token = 'abcdefghijklmnopqrstuvwx.abcdef.secretsecretsecretsecret0';
    const log = createLogger('info', [token], (l) => lines.push(l));
    log.debug('hidden');
    log.error('failed', { error: new Error(`request with ${token}`), header: `Bot ${token}` });
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain(token);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'error', msg: 'failed' });
  });
});

const parseCommandLine = (line: string) => parseWith(line, COMMANDS);
const commandLine = (name: string, options: RawOptions) => formatCommandLine(name, options, COMMANDS);

describe('console command lines', () => {
  it('parses positional and named options the way the slash commands take them', () => {
    expect(parseCommandLine('/targets 嘉兴 2024')).toEqual({
      name: 'targets',
      options: { city: '嘉兴', year: '2024' },
    });
    expect(parseCommandLine('/search 营商环境 city:南湖')).toEqual({
      name: 'search',
      options: { query: '营商环境', city: '南湖' },
    });
    expect(parseCommandLine('/search 老旧小区 改造 limit:3')).toEqual({
      name: 'search',
      options: { query: '老旧小区 改造', limit: '3' },
    });
    expect(parseCommandLine('/ask 温州 今年 GDP 目标')).toEqual({
      name: 'ask',
      options: { question: '温州 今年 GDP 目标' },
    });
  });

  it('round-trips a command through the button spelling', () => {
    const line = commandLine('search', { query: '老旧小区 改造', city: '南湖区', limit: 3, public: true });
    expect(line).toBe('/search city:南湖区 limit:3 老旧小区 改造');
    expect(parseCommandLine(line)).toEqual({
      name: 'search',
      options: { query: '老旧小区 改造', city: '南湖区', limit: '3' },
    });
  });
});

describe('rate limiter', () => {
  it('allows max requests per window, then tells how long to wait', () => {
    let now = 0;
    const limiter = new RateLimiter(2, 1000, () => now);
    expect(limiter.take('u')).toBe(0);
    expect(limiter.take('u')).toBe(0);
    expect(limiter.take('u')).toBe(1000);
    expect(limiter.take('other')).toBe(0);
    now = 1001;
    expect(limiter.take('u')).toBe(0);
  });
});

describe('npm start without a token', () => {
  it('says so in one line and answers piped console commands, then exits', async () => {
    const { code, out, err } = await runMain(
      { DISCORD_TOKEN: '', DISCORD_CLIENT_ID: '', LOG_LEVEL: 'warn' },
      '/targets 嘉兴 2024\n/search 营商环境 city:南湖\n温州今年GDP增长目标是多少?\n/targets 杭州\n',
    );
    expect(code).toBe(0);
    expect(err.trim().split('\n')).toEqual([
      'No DISCORD_TOKEN in .env: starting the local console (type /help, or exit to quit).',
    ]);
    expect(out).toContain('2024年嘉兴市 · 主要预期目标');
    expect(out).toContain('南湖区 2021年');
    expect(out).toContain('温州市2023年地区生产总值的预期目标：增长6%左右。');
    expect(out).toContain('现有城市');
  }, 60_000);
});
