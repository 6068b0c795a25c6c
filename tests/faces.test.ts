import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../commands/index.js';
import { checkConfig } from '../src/app/config.js';
import { formatCommandLine, parseCommandLine as parseWith, type RawOptions } from '../src/command/commandLine.js';
import { renderText } from '../src/faces/console/renderText.js';
import { inert } from '../src/faces/discord/escape.js';
import { RateLimiter } from '../src/faces/discord/rateLimit.js';
import { createLogger } from '../src/support/log.js';
import { MemoryState, type SharedState } from '../src/support/sharedState.js';
import { stripControls } from '../src/text/controls.js';
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
  it('allows max requests per window, then tells how long to wait', async () => {
    let now = 0;
    const limiter = new RateLimiter(2, 1000, new MemoryState({ now: () => now }));
    expect(await limiter.take('u')).toBe(0);
    expect(await limiter.take('u')).toBe(0);
    expect(await limiter.take('u')).toBe(1000);
    expect(await limiter.take('other')).toBe(0);
    now = 1001;
    expect(await limiter.take('u')).toBe(0);
  });

  it('forgets users idle for a whole window, without scanning on every request', async () => {
    let now = 0;
    const state = new MemoryState({ now: () => now });
    const limiter = new RateLimiter(2, 1000, state);
    for (let i = 0; i < 5000; i += 1) await limiter.take(`user${i}`);
    expect(state.size.users).toBe(5000);
    now = 1500;
    await limiter.take('late');
    expect(state.size.users).toBe(1);
  });

  it('lets a request through (and logs) when the state cannot be reached', async () => {
    const broken: SharedState = {
      name: 'broken',
      hit: () => Promise.reject(new Error('connection refused')),
      put: () => Promise.reject(new Error('connection refused')),
      get: () => Promise.reject(new Error('connection refused')),
      claim: () => Promise.reject(new Error('connection refused')),
      ping: async () => false,
      publish: () => Promise.reject(new Error('connection refused')),
      subscribe: () => Promise.reject(new Error('connection refused')),
      close: async () => {},
    };
    const warned: string[] = [];
    const logger = { ...createLogger('error', []), warn: (m: string) => void warned.push(m) };
    expect(await new RateLimiter(1, 1000, broken, logger).take('u')).toBe(0);
    expect(warned).toEqual([expect.stringMatching(/rate limit state unavailable/u)]);
  });
});

describe('text from users and reports, made harmless for each face', () => {
  it('strips terminal escapes, NUL, C0/C1 controls, bidi overrides and lone surrogates, keeping tabs, newlines and emoji', () => {
    const hostile =
      '\u001b[31m红\u001b[0m\u0000字\u0007\u009b \u202e反向\u202c \u001b]0;title\u0007标题 半\ud800个 😀\t\n';
    expect(stripControls(hostile)).toBe('红字 反向 标题 半\ufffd个 😀\t\n');
  });

  it('never leaves a masked link or a bare URL live in Discord text, and breaks mentions', () => {
    const shown = inert('[官方通知](https://evil.example/phish) 见 www.evil.example @everyone <@123456789012345678>');
    expect(shown).not.toMatch(/(?<!\\)\[官方通知\]\(/u);
    expect(shown).not.toContain('https://');
    expect(shown).not.toContain('www.evil');
    expect(shown).toContain('官方通知');
    expect(shown).not.toMatch(/(?<!\u200b)@everyone/u);
    expect(shown).not.toContain('<@123456789012345678>');
  });

  it('the console face prints no control sequence that came in a reply', () => {
    const text = renderText({ tone: 'error', title: '\u001b[2J清屏', intro: '说明\u0000', shareable: false });
    expect(text).toBe('⚠ 清屏\n\n说明');
  });
});

describe('npm start without a token', () => {
  it('says so in one line and answers piped console commands, then exits', async () => {
    const { code, out, err } = await runMain(
      { DISCORD_TOKEN: '', DISCORD_CLIENT_ID: '', LOG_LEVEL: 'warn' },
      '/targets 嘉兴 2024\n/search 营商环境 city:南湖\n温州今年GDP增长目标是多少?\n/targets 杭州\n/search "小区改造" -嘉兴 sort:date\n/help\n',
    );
    expect(code).toBe(0);
    expect(err.trim().split('\n')).toEqual([
      'No DISCORD_TOKEN in .env: starting the local console (type /help, or exit to quit).',
    ]);
    expect(out).toContain('2024年嘉兴市 · 主要预期目标');
    expect(out).toContain('南湖区 2021年');
    expect(out).toContain('温州市2023年地区生产总值的预期目标：增长6%左右。');
    expect(out).toContain('现有城市');
    expect(out).toContain('搜索“"小区改造" -嘉兴” · 按年份');
    // /help spells the search syntax.
    expect(out).toContain('营商环境 -南湖：减号排除含该词的段落');
  }, 60_000);
});
