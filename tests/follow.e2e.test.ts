import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../commands/index.js';
import type { CommandContext } from '../src/command/contract.js';
import { CORPUS_DIR } from '../src/corpus/paths.js';
import { type BotHandle, startBot } from '../src/faces/discord/bot.js';
import { RateLimiter } from '../src/faces/discord/rateLimit.js';
import { loadLibrary, warmLibrary } from '../src/query/library.js';
import { ChartCache } from '../src/reply/charts/cache.js';
import { FileFollowStore } from '../src/support/followStore.js';
import { silentLogger } from '../src/support/log.js';
import { HANGZHOU } from './fixtures/reports.js';
import { CHANNEL_ID, FakeDiscord, nextId, type RecordedRequest } from './helpers/fakeDiscord.js';
import { button, followCommand, reportCommand } from './helpers/interactions.js';
import { library } from './helpers/library.js';
import { tempDir } from './helpers/tempDir.js';

/**
 * /follow end to end through the fake Discord: topics followed in a server channel and in a DM, a report
 * added with /report add, one message per matching follow, none for a topic the report does not hold,
 * none twice — not on a second reload, nor from a second process over the same store.
 */
const TOKEN = 'test0000000000000000000000.faketk.not-a-real-token-0000000000000';
const ADMIN = '400000000000000011';
const MEMBER = '400000000000000012';
const DM_USER = '400000000000000013';

const server = new FakeDiscord();
const dataDir = tempDir('follow');
const store = new FileFollowStore(dataDir);
let bot: BotHandle;
const ctx: CommandContext = { library, charts: new ChartCache(), commands: COMMANDS };

beforeAll(async () => {
  await server.start();
  const admins = new Set([ADMIN]);
  bot = await startBot({ token: TOKEN, apiUrl: server.apiUrl }, ctx, silentLogger, {
    limiter: new RateLimiter(100, 60_000),
    reports: {
      store: { dir: dataDir, reservedIds: library.corpus.reports.map((r) => r.id) },
      admins,
      reload: () => {
        ctx.library = warmLibrary(loadLibrary(CORPUS_DIR, { userDir: dataDir }));
      },
    },
    follows: { store, admins },
  });
}, 30_000);

afterAll(async () => {
  await bot?.stop();
  await server.stop();
});

const send = (payload: { token: string }, done: (r: RecordedRequest) => boolean) => server.interact(payload, done);
const called = (r: RecordedRequest) => r.path.endsWith('/callback');
const edited = (r: RecordedRequest) => r.method === 'PATCH';
const posts = (channel: string) =>
  server.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channel}/messages`);

describe('following a topic', () => {
  let dmChannel = '';

  it('follows topics in a server channel (Manage Server or a bot admin) and in a DM (anyone)', async () => {
    const added = await send(followCommand(ADMIN, 'add', { query: '地区生产总值', city: '杭州' }), called);
    expect(added.body.data.flags).toBe(64);
    expect(added.body.data.embeds[0].title).toBe('已关注“地区生产总值”（杭州市）');
    expect(added.body.data.embeds[0].description).toContain('语料中还没有杭州市的报告；有新报告时会通知。');
    await send(followCommand(ADMIN, 'add', { query: '量子计算' }), called);
    const refused = await send(followCommand(MEMBER, 'add', { query: '营商环境' }), called);
    expect(refused.body.data.content).toContain('只有有“管理服务器”权限的成员');
    const dm = followCommand(DM_USER, 'add', { query: '"营商环境"' }, true);
    dmChannel = dm.channel_id;
    const inDm = await send(dm, called);
    expect(inDm.body.data.embeds[0].title).toBe('已关注“"营商环境"”');
    const unknown = await send(followCommand(ADMIN, 'add', { query: '营商环境', city: '不存在的地方' }), called);
    expect(unknown.body.data.content).toContain('不认识“不存在的地方”这个地名');
    const operatorsOnly = await send(followCommand(ADMIN, 'add', { query: '-营商环境' }), called);
    expect(operatorsOnly.body.data.content).toContain('只写了要排除的词');
    const list = await send(followCommand(MEMBER, 'list'), called);
    expect(list.body.data.embeds[0].title).toBe('这里关注的主题 · 共 2 个');
    expect(list.body.data.embeds[0].description).toContain('地区生产总值 · 杭州市');
  });

  it('posts one message per matching follow when a report is added, quoting it, and none twice', async () => {
    const before = server.requests.length;
    server.cdn.set('hz.txt', Buffer.from(HANGZHOU, 'utf8'));
    const attachment = nextId();
    const staged = await send(
      reportCommand(ADMIN, 'add', [{ name: 'file', type: 11, value: attachment }], {
        [attachment]: { filename: 'hz.txt', url: `${server.cdnUrl}/hz.txt`, size: Buffer.byteLength(HANGZHOU) },
      }),
      edited,
    );
    const [ok] = staged.body.components[0].components;
    const libraryBefore = ctx.library;
    await send(button(ADMIN, ok.custom_id, { flags: 64 }), called);
    const toChannel = await server.waitFor(
      (r) => r.method === 'POST' && r.path === `/channels/${CHANNEL_ID}/messages`,
      10_000,
      before,
    );
    const embed = toChannel.body.embeds[0];
    expect(embed.title).toBe('新报告：2025年杭州市政府工作报告 · 关注的“地区生产总值”（杭州市）有 2 段');
    expect(embed.description).toContain('**地区生产总值**');
    expect(embed.description).toContain('杭州市 2025年');
    expect(toChannel.body.allowed_mentions).toEqual({ parse: [] });
    const toDm = await server.waitFor(
      (r) => r.method === 'POST' && r.path === `/channels/${dmChannel}/messages`,
      10_000,
      before,
    );
    expect(toDm.body.embeds[0].description).toContain('营商环境');
    // The channel follows two topics; the report holds one of them: one message there.
    await new Promise((r) => setTimeout(r, 300));
    expect(posts(CHANNEL_ID).length).toBe(1);
    expect(posts(dmChannel).length).toBe(1);
    // Another reload of the same reports (the corpus watcher, another shard) posts nothing again…
    expect(await bot.announce(libraryBefore, ctx.library)).toBe(0);
    // …nor does a second process over the same store.
    const second = new FileFollowStore(dataDir);
    const [follow] = await second.list(CHANNEL_ID);
    expect(await second.firstDelivery(follow!.id, 'hangzhou-2025')).toBe(false);
    expect(posts(CHANNEL_ID).length).toBe(1);
  });

  it('removes a follow of this channel by its id, and only of this channel', async () => {
    const [first] = await store.list(CHANNEL_ID);
    const [inDm] = await store.list(dmChannel);
    const elsewhere = await send(followCommand(ADMIN, 'remove', { id: inDm!.id }), called);
    expect(elsewhere.body.data.content).toContain('这里没有编号为');
    const removed = await send(followCommand(ADMIN, 'remove', { id: first!.id }), called);
    expect(removed.body.data.content).toBe(`已取消关注 ${first!.id}。`);
    expect(await store.list(CHANNEL_ID)).toHaveLength(1);
  });
});
