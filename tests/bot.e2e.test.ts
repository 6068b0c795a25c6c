import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../commands/index.js';
import { deployCommands } from '../src/app/deployCommands.js';
import { defineCommand } from '../src/command/contract.js';
import { type BotHandle, startBot } from '../src/faces/discord/bot.js';
import { RateLimiter } from '../src/faces/discord/rateLimit.js';
import { ChartCache } from '../src/reply/charts/cache.js';
import { createLogger } from '../src/support/log.js';
import {
  APP_ID,
  BOT_ID,
  botUser,
  CHANNEL_ID,
  FakeDiscord,
  GUILD_ID,
  type RecordedRequest,
} from './helpers/fakeDiscord.js';
import { autocomplete, button, dmSlash, mentionMessage, messageMenu, slash } from './helpers/interactions.js';
import { library } from './helpers/library.js';

const TOKEN = 'test0000000000000000000000.faketk.not-a-real-token-0000000000000';
const server = new FakeDiscord();
const logLines: string[] = [];
let bot: BotHandle;
let userSeq = 300000000000000000n;
/** Each test speaks as a new user, so the rate limit counts only that test's requests. */
const newUser = () => {
  userSeq += 1n;
  return userSeq.toString();
};

const boom = defineCommand({
  name: 'boom',
  zh: '爆炸',
  description: 'throws',
  zhDescription: '抛出异常',
  summary: '测试用',
  example: '/boom',
  options: [],
  query: () => {
    throw new Error('handler exploded on purpose');
  },
  reply: () => ({ tone: 'result', title: 'never', shareable: false }),
});

beforeAll(async () => {
  await server.start();
  const commands = new Map([...COMMANDS, ['boom', boom]]);
  bot = await startBot(
    { token: TOKEN, apiUrl: server.apiUrl },
    { library, charts: new ChartCache(), commands },
    createLogger('debug', [TOKEN], (l) => logLines.push(l)),
    { limiter: new RateLimiter(5, 60_000) },
  );
}, 30_000);

afterAll(async () => {
  await bot?.stop();
  await server.stop();
});

/** Sends an interaction and waits for the request that completes it. */
async function interact(
  payload: { token: string; id: string },
  done: (r: RecordedRequest) => boolean = () => true,
): Promise<RecordedRequest> {
  const after = server.requests.length;
  server.dispatch('INTERACTION_CREATE', payload);
  return server.waitFor((r) => r.path.includes(payload.token) && done(r), 10_000, after);
}

const edited = (r: RecordedRequest) => r.method === 'PATCH';
const called = (r: RecordedRequest) => r.path.endsWith('/callback');

/** Dispatches an interaction once and waits for its deferral and its final edit. */
async function deferredThenEdited(payload: { token: string; id: string }) {
  const after = server.requests.length;
  server.dispatch('INTERACTION_CREATE', payload);
  const deferred = await server.waitFor((r) => r.path.includes(payload.token) && called(r), 10_000, after);
  const final = await server.waitFor((r) => r.path.includes(payload.token) && edited(r), 10_000, after);
  return { deferred, final, embed: final.body.embeds?.[0] ?? {} };
}

async function command(
  userId: string,
  name: string,
  values: Record<string, string | number | boolean> = {},
  resolved: string[] = [],
) {
  return deferredThenEdited(slash(userId, name, values, resolved));
}

describe('slash commands against a fake Discord', () => {
  it('connects through /gateway/bot, identifies with the token, and is ready in the guild', () => {
    expect(server.requests.some((r) => r.path === '/gateway/bot')).toBe(true);
    const identify = server.gatewayOps.find((o) => o.op === 2)!;
    expect(identify.d.token).toBe(TOKEN);
    expect(identify.d.intents & (1 << 15)).toBe(0); // no privileged MessageContent intent
    expect(bot.client.guilds.cache.has(GUILD_ID)).toBe(true);
  });

  it('answers a burst of 120 interactions without pacing them behind the global 50/s bucket', async () => {
    // Discord does not count interaction callbacks and webhook edits against the bot's global limit;
    // discord.js did, and under load answers queued behind it until their tokens expired.
    const paced: unknown[] = [];
    const onLimited = (info: { global: boolean }) => {
      if (info.global) paced.push(info);
    };
    bot.client.rest.on('rateLimited', onLimited);
    try {
      const payloads = Array.from({ length: 120 }, () => slash(newUser(), 'help'));
      const after = server.requests.length;
      for (const p of payloads) server.dispatch('INTERACTION_CREATE', p);
      const answers = await Promise.all(
        payloads.map((p) => server.waitFor((r) => r.path.includes(p.token) && (called(r) || edited(r)), 20_000, after)),
      );
      expect(answers).toHaveLength(120);
      expect(paced).toEqual([]);
    } finally {
      bot.client.rest.off('rateLimited', onLimited);
    }
  });

  it('/targets 嘉兴 2024: defers ephemerally, then the targets table with a share button', async () => {
    const { deferred, final, embed } = await command(newUser(), 'targets', { city: '嘉兴', year: '2024' });
    expect(deferred.body).toEqual({ type: 5, data: { flags: 64 } });
    expect(embed.title).toBe('2024年嘉兴市 · 主要预期目标');
    expect(embed.description).toContain('地区生产总值 · **增长 6%左右**');
    expect(embed.description).toContain('〔jiaxing-2024-21〕');
    expect(final.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const labels = final.body.components.flatMap((row: any) => row.components.map((c: any) => c.label));
    expect(labels).toEqual(['查看原文段落', '导出 CSV', '分享到频道']);
  });

  it('answers every other command', async () => {
    const expectations: [string, Record<string, string | number>, string][] = [
      ['search', { query: '营商环境', city: '南湖' }, '营商环境'],
      ['ask', { question: '温州今年GDP增长目标是多少?' }, '6%左右'],
      ['compare', { indicator: 'GDP', year: '2023' }, '资兴市'],
      ['quote', { id: 'jiaxing-2024-21', context: 1 }, '主要预期目标为'],
      ['outline', { city: '南湖', year: '2021' }, '有关缩略语及名词解释'],
      ['reports', {}, 'jiaxing-2024'],
      ['glossary', { term: '五减' }, '减税减费减租减息减支'],
      ['help', {}, '/targets'],
    ];
    for (const [name, values, expected] of expectations) {
      const { embed } = await command(newUser(), name, values);
      expect(`${embed.title}\n${embed.description}`, name).toContain(expected);
    }
  });

  it('/compare attaches the bar chart as a PNG in the multipart reply, table kept in the embed', async () => {
    const { final, embed } = await command(newUser(), 'compare', { indicator: '地区生产总值', year: '2023' });
    expect(final.files).toHaveLength(1);
    const file = final.files[0]!;
    expect(file.name).toBe('compare-gdp-2023.png');
    expect(file.data.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(final.body.attachments[0]).toMatchObject({
      id: '0',
      description: expect.stringContaining('资兴 增长 8%左右'),
    });
    expect(embed.image.url).toBe(`attachment://${file.name}`);
    expect(embed.description).toContain('资兴市 · 2023 · **增长 8%左右**');
  });

  it('/trend pairs targets with the next year’s results and attaches the chart', async () => {
    const { final, embed } = await command(newUser(), 'trend', { city: '嘉兴', indicator: 'GDP' });
    expect(final.files[0]!.name).toBe('trend-jiaxing-gdp.png');
    expect(embed.description).toContain('2014 · **增长 8.5%** · 增长 7.5%（2015年报告） · 未达成');
  });

  it('autocompletes cities by name or pinyin and only the years a city has', async () => {
    const u = newUser();
    const city = await interact(autocomplete(u, 'targets', { city: 'jia' }, 'city'));
    expect(city.body.type).toBe(8);
    expect(city.body.data.choices[0]).toMatchObject({ value: '嘉兴' });
    const year = await interact(autocomplete(u, 'targets', { city: '嘉兴市', year: '' }, 'year'));
    expect(year.body.data.choices.map((c: any) => c.value)).toEqual(['2024', '2016', '2015', '2014']);
    const indicator = await interact(autocomplete(u, 'compare', { indicator: '规上' }, 'indicator'));
    expect(indicator.body.data.choices[0].value).toBe('规模以上工业增加值');
    const all = await interact(autocomplete(u, 'targets', { city: '' }, 'city'));
    expect(all.body.data.choices.length).toBeLessThanOrEqual(25);
  });

  it('keeps its user and member caches bounded however many distinct users it hears from', async () => {
    const payloads = Array.from({ length: 400 }, () => autocomplete(newUser(), 'targets', { city: 'jia' }, 'city'));
    const after = server.requests.length;
    for (const p of payloads) server.dispatch('INTERACTION_CREATE', p);
    await Promise.all(payloads.map((p) => server.waitFor((r) => r.path.includes(p.token), 20_000, after)));
    expect(bot.client.users.cache.size).toBeLessThanOrEqual(201);
    const guild = bot.client.guilds.cache.first()!;
    expect(guild.members.cache.size).toBeLessThanOrEqual(201);
  });

  it('pages a search with buttons that answer only the asker on a public result', async () => {
    const owner = newUser();
    const { final } = await command(owner, 'search', { query: '乡村振兴', limit: 2, public: true });
    expect(final.body.flags ?? 0).toBe(0);
    const next = final.body.components[0].components.find((c: any) => c.label === '下一页 ▶');
    expect(next.custom_id.length).toBeLessThanOrEqual(100);
    const other = await interact(
      button(newUser(), next.custom_id, { flags: 0, embeds: final.body.embeds, components: final.body.components }),
    );
    expect(other.body).toMatchObject({
      type: 4,
      data: { flags: 64, content: expect.stringContaining('只有发起查询的用户') },
    });
    const paged = await interact(
      button(owner, next.custom_id, { flags: 0, embeds: final.body.embeds, components: final.body.components }),
    );
    expect(paged.body.type).toBe(7);
    expect(paged.body.data.embeds[0].description).toContain('第 2/');
  });

  it('searches with operators, a range of years and newest first, and pages with them', async () => {
    const owner = newUser();
    const { final } = await command(owner, 'search', {
      query: '"小区改造" -嘉兴 OR',
      year: '2021-2023',
      sort: 'date',
      limit: 2,
    });
    const embed = final.body.embeds[0];
    expect(embed.title).toContain('"小区改造" -嘉兴');
    expect(embed.title).toContain('2021-2023年');
    expect(embed.title).toContain('按年份');
    expect(JSON.stringify(final.body)).toContain('没有作用对象的运算符已忽略：OR');
    const next = final.body.components[0].components.find((c: any) => c.label === '下一页 ▶');
    const paged = await interact(
      button(owner, next.custom_id, { flags: 64, embeds: final.body.embeds, components: final.body.components }),
    );
    expect(paged.body.data.embeds[0].title).toContain('按年份');
    expect(paged.body.data.embeds[0].description).toContain('第 2/');
  });

  it('answers /ask in English for a user whose Discord speaks English, quoting the Chinese verbatim', async () => {
    const payload = { ...slash(newUser(), 'ask', { question: '梅州2022年GDP增长了多少' }), locale: 'en-US' };
    const { embed } = await deferredThenEdited(payload);
    expect(embed.title).toContain('梅州市, 2022, 地区生产总值: 同比增长0.5% (2023 government work report');
    expect(embed.description).toContain('全市地区生产总值1318.21亿元');
  });

  it('exports a table as a UTF-8 CSV file with BOM from the 导出 CSV button, privately', async () => {
    const { final } = await command(newUser(), 'compare', { indicator: 'GDP', year: '2022', stance: 'result' });
    expect(final.body.embeds[0].title).toBe('地区生产总值实际对比 · 2022年');
    const csv = final.body.components.flatMap((r: any) => r.components).find((c: any) => c.label === '导出 CSV');
    expect(csv.custom_id.length).toBeLessThanOrEqual(100);
    const pressed = await interact(
      button(newUser(), csv.custom_id, { flags: 64, embeds: final.body.embeds, components: final.body.components }),
    );
    expect(pressed.body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(pressed.files).toHaveLength(1);
    const text = pressed.files[0]!.data.toString('utf8');
    expect(text.startsWith('\ufeff名次,城市,省份,年份,性质')).toBe(true);
    expect(text).toContain('1,彬州市,陕西省,2022,实际,增长6.8%,6.8,%,binzhou-2023-6');
  });

  it('opens the source paragraph privately for anyone who presses 查看原文段落 on a public result', async () => {
    const { final } = await command(newUser(), 'targets', { city: '嘉兴', year: '2024', public: true });
    const open = final.body.components.flatMap((r: any) => r.components).find((c: any) => c.label === '查看原文段落');
    expect(open.custom_id).toBe('open:/quote jiaxing-2024-21');
    const shown = await interact(
      button(newUser(), open.custom_id, { flags: 0, embeds: final.body.embeds, components: final.body.components }),
    );
    expect(shown.body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(shown.body.data.embeds[0].title).toContain('jiaxing-2024-21');
  });

  it('shares an ephemeral result publicly, credited to the sharer without pinging anyone', async () => {
    const u = newUser();
    const { final } = await command(u, 'quote', { id: 'wenzhou-2023-19' });
    const share = final.body.components.flatMap((r: any) => r.components).find((c: any) => c.label === '分享到频道');
    const posted = await interact(
      button(u, share.custom_id, { flags: 64, embeds: final.body.embeds, components: final.body.components }),
    );
    expect(posted.body.type).toBe(4);
    expect(posted.body.data.flags ?? 0).toBe(0);
    expect(posted.body.data.content).toBe(`由 <@${u}> 分享：`);
    expect(posted.body.data.allowed_mentions.parse).toEqual([]);
    expect(posted.body.data.embeds[0].description).toContain('地区生产总值增长6%左右');
  });

  it('posts for a mentioned user, pinging only that user', async () => {
    const u = newUser();
    const friend = '100000000000000555';
    const { deferred, final } = await command(u, 'targets', { city: '温州', mention: friend }, [friend]);
    expect(deferred.body.data?.flags ?? 0).toBe(0);
    expect(final.body.content).toBe(`<@${u}> 为 <@${friend}> 引用：`);
    expect(final.body.allowed_mentions).toEqual({ parse: [], users: [friend], replied_user: false });
  });

  it('answers in DMs from a user install, where there is no guild or member', async () => {
    const { final, embed } = await deferredThenEdited(
      dmSlash(newUser(), 'ask', { question: '嘉兴2014年GDP目标完成了吗' }),
    );
    expect(embed.title).toContain('未达成');
    expect(final.body.allowed_mentions.parse).toEqual([]);
  });

  it('searches the text of a message from the context menu', async () => {
    const { final } = await deferredThenEdited(messageMenu(newUser(), '在报告中搜索', '大家看看老旧小区改造的进展'));
    expect(final.body.embeds[0].title).toContain('老旧小区');
    expect(final.body.flags).toBe(64);
  });

  it('answers a question that mentions the bot in a reply, pinging no one', async () => {
    const after = server.requests.length;
    server.dispatch('MESSAGE_CREATE', mentionMessage(newUser(), `<@${BOT_ID}> 嘉兴2024年GDP目标?`, [botUser]));
    const reply = await server.waitFor(
      (r) => r.method === 'POST' && r.path === `/channels/${CHANNEL_ID}/messages`,
      10_000,
      after,
    );
    expect(reply.body.message_reference.message_id).toBeTruthy();
    expect(reply.body.embeds[0].title).toContain('6%左右');
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('says politely that a city is unknown, listing the cities it has', async () => {
    const { embed } = await command(newUser(), 'targets', { city: '杭州' });
    expect(embed.title).toBe('无法完成查询');
    expect(embed.description).toContain('现有城市');
  });

  it('escapes markdown and never pings from a query with @everyone', async () => {
    const { final } = await command(newUser(), 'search', { query: '**营商环境** @everyone' });
    // What users see; button custom ids carry the command line but are never shown or parsed for mentions.
    const text = JSON.stringify({ content: final.body.content, embeds: final.body.embeds });
    expect(final.body.allowed_mentions.parse).toEqual([]);
    expect(text).not.toMatch(/(?<!\u200b)@everyone/u);
    expect(final.body.embeds[0].title).not.toContain('**');
  });

  it('turns a handler that throws into a polite reply with an incident id, and stays up', async () => {
    const { embed } = await command(newUser(), 'boom');
    expect(embed.description).toContain('抱歉');
    const incident = /事件编号 ([0-9a-f]{8})/u.exec(embed.footer.text)![1]!;
    expect(logLines.some((l) => l.includes(incident) && l.includes('handler exploded on purpose'))).toBe(true);
    const { embed: after } = await command(newUser(), 'help');
    expect(after.title).toContain('govreport');
  });

  it('limits a user who sends too many requests, politely', async () => {
    const u = newUser();
    for (let i = 0; i < 5; i += 1) await command(u, 'help');
    const limited = await interact(slash(u, 'help'));
    expect(limited.body).toMatchObject({
      type: 4,
      data: { flags: 64, content: expect.stringContaining('请求太频繁') },
    });
  });

  it('resumes after the gateway connection drops and answers again', async () => {
    server.dropGateway();
    const resume = await server.waitForOp(6);
    expect(resume.d).toMatchObject({ token: TOKEN, session_id: 'fake-session' });
    const { embed } = await command(newUser(), 'targets', { city: '温州' });
    expect(embed.description).toContain('6%左右');
  });

  it('waits out a REST 429 with retry-after and still answers', async () => {
    server.rateLimitNext(/\/callback$/u, 0.3);
    const payload = slash(newUser(), 'help');
    const after = server.requests.length;
    server.dispatch('INTERACTION_CREATE', payload);
    await server.waitFor((r) => r.path.includes(payload.token) && r.method === 'PATCH', 10_000, after);
    const tries = server.requests
      .slice(after)
      .filter((r) => r.path.includes(payload.token) && r.path.endsWith('/callback'));
    expect(tries.map((r) => r.status)).toEqual([429, 204]);
  });

  it('never writes the token to a log line or a reply', () => {
    expect(logLines.length).toBeGreaterThan(0);
    for (const l of logLines) expect(l).not.toContain(TOKEN);
    for (const r of server.requests) if (r.body) expect(JSON.stringify(r.body)).not.toContain(TOKEN);
  });
});

describe('npm run deploy-commands', () => {
  it('registers every command to the guild with zh-CN localisations and guild + user installs', async () => {
    const env = { ...process.env };
    Object.assign(process.env, {
      DISCORD_TOKEN: TOKEN,
      DISCORD_CLIENT_ID: APP_ID,
      DISCORD_GUILD_ID: GUILD_ID,
      DISCORD_API_URL: server.apiUrl,
    });
    const out: string[] = [];
    const log = console.log;
    console.log = (s: string) => out.push(s);
    try {
      expect(await deployCommands()).toBe(0);
    } finally {
      console.log = log;
      process.env = env;
    }
    const put = server.requests.find(
      (r) => r.method === 'PUT' && r.path === `/applications/${APP_ID}/guilds/${GUILD_ID}/commands`,
    )!;
    const names = put.body.map((c: any) => c.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'targets',
        'search',
        'ask',
        'compare',
        'quote',
        'outline',
        'reports',
        'glossary',
        'help',
        'Search in reports',
      ]),
    );
    for (const c of put.body) {
      expect(c.name_localizations['zh-CN'], c.name).toBeTruthy();
      expect(c.integration_types).toEqual([0, 1]);
      expect(c.contexts).toEqual([0, 1, 2]);
      if (c.type === 1) expect(c.description_localizations['zh-CN']).toBeTruthy();
      for (const o of c.options ?? []) {
        expect(o.name_localizations['zh-CN'], `${c.name}.${o.name}`).toBeTruthy();
        expect(o.description_localizations['zh-CN']).toBeTruthy();
      }
    }
    expect(out.join('\n')).toContain('/targets');
  });
});
