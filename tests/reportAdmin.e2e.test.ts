import { readFileSync } from 'node:fs';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../commands/index.js';
import type { CommandContext } from '../src/command/contract.js';
import { CORPUS_DIR } from '../src/corpus/paths.js';
import { type BotHandle, startBot } from '../src/faces/discord/bot.js';
import { RateLimiter } from '../src/faces/discord/rateLimit.js';
import { readUploadIsolated } from '../src/ingest/uploadReader.js';
import { loadLibrary, warmLibrary } from '../src/query/library.js';
import { ChartCache } from '../src/reply/charts/cache.js';
import { silentLogger } from '../src/support/log.js';
import { HANGZHOU } from './fixtures/reports.js';
import { FakeDiscord, nextId, type RecordedRequest } from './helpers/fakeDiscord.js';
import { button, reportCommand, slash } from './helpers/interactions.js';
import { library } from './helpers/library.js';
import { makePdf } from './helpers/pdf.js';
import { tempDir } from './helpers/tempDir.js';

const TOKEN = 'test0000000000000000000000.faketk.not-a-real-token-0000000000000';
const ADMIN = '400000000000000001';
const MEMBER = '400000000000000002';

const server = new FakeDiscord();
const dataDir = tempDir('data');
let bot: BotHandle;
const ctx: CommandContext = { library, charts: new ChartCache(), commands: COMMANDS };

beforeAll(async () => {
  await server.start();
  bot = await startBot({ token: TOKEN, apiUrl: server.apiUrl }, ctx, silentLogger, {
    limiter: new RateLimiter(100, 60_000),
    reports: {
      store: { dir: dataDir, reservedIds: library.corpus.reports.map((r) => r.id), read: readUploadIsolated },
      admins: new Set([ADMIN]),
      reload: () => {
        ctx.library = warmLibrary(loadLibrary(CORPUS_DIR, { userDir: dataDir }));
      },
    },
  });
}, 30_000);

afterAll(async () => {
  await bot?.stop();
  await server.stop();
});

const send = (payload: { token: string }, done: (r: RecordedRequest) => boolean, ms?: number) =>
  server.interact(payload, done, ms);
/** Publishing or removing a report rebuilds the library: seconds, more under the whole suite on two cores. */
const REBUILD_MS = 90_000;
const edited = (r: RecordedRequest) => r.method === 'PATCH';
const called = (r: RecordedRequest) => r.path.endsWith('/callback');

async function ask(question: string) {
  const reply = await send(slash(ADMIN, 'ask', { question }), edited);
  return reply.body.embeds[0];
}

describe('adding a report from Discord', () => {
  it('refuses members without Manage Server who are not admins', async () => {
    const r = await send(reportCommand(MEMBER, 'list'), called);
    expect(r.body.data).toMatchObject({ flags: 64, content: expect.stringContaining('只有机器人所有者') });
  });

  it('stages an attachment, shows what it recognised, publishes on 确认, answers from it, and removes it', async () => {
    server.cdn.set('hz.txt', Buffer.from(HANGZHOU, 'utf8'));
    const attachment = nextId();
    const staged = await send(
      reportCommand(ADMIN, 'add', [{ name: 'file', type: 11, value: attachment }], {
        [attachment]: { filename: 'hz.txt', url: `${server.cdnUrl}/hz.txt`, size: Buffer.byteLength(HANGZHOU) },
      }),
      edited,
    );
    const embed = staged.body.embeds[0];
    expect(embed.title).toBe('确认添加这份报告？');
    expect(embed.description).toContain('2025年杭州市政府工作报告**（编号 hangzhou-2025）');
    expect(embed.description).toContain('地方：杭州市（地级市，浙江省）　年份：2025');
    expect(embed.description).toContain('地区生产总值 5.5%左右');
    // Not published yet: the question is not answered from it.
    expect((await ask('杭州2024年GDP增长了多少')).title).toBe('报告中没有找到答案');
    const [ok, cancel] = staged.body.components[0].components;
    expect(cancel.label).toBe('取消');
    const other = await send(button(MEMBER, ok.custom_id, { flags: 64 }), called);
    expect(other.body.data.content).toContain('只有机器人所有者');
    // The press is acknowledged at once (publishing may take seconds), then the message says what was added.
    const acknowledged = server.requests.length;
    const confirmed = await send(button(ADMIN, ok.custom_id, { flags: 64 }), edited, REBUILD_MS);
    expect(confirmed.body.content).toContain('已添加：2025年杭州市政府工作报告（hangzhou-2025）');
    expect(
      server.requests.slice(acknowledged).find((r) => r.path.endsWith('/callback') && r.method === 'POST')?.body,
    ).toMatchObject({ type: 6 });
    expect((await ask('杭州2024年GDP增长了多少')).title).toContain('增长4.7%');
    const listed = await send(reportCommand(ADMIN, 'list'), called);
    expect(listed.body.data.content).toContain('hangzhou-2025');
    const removed = await send(
      reportCommand(ADMIN, 'remove', [{ name: 'id', type: 3, value: 'hangzhou-2025' }]),
      edited,
      REBUILD_MS,
    );
    expect(removed.body.content).toContain('已删除 2025年杭州市政府工作报告（hangzhou-2025）');
    expect((await ask('杭州2024年GDP增长了多少')).title).toBe('报告中没有找到答案');
    const audit = readFileSync(path.join(dataDir, 'audit.log'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(audit.map((a) => [a.user, a.action])).toEqual([
      [ADMIN, 'add'],
      [ADMIN, 'remove'],
    ]);
  }, 240_000);

  it('answers a file it cannot read in one sentence and leaves the corpus as it was', async () => {
    server.cdn.set('bad.bin', Buffer.from([0, 1, 2, 3, 0, 0, 9]));
    const attachment = nextId();
    const r = await send(
      reportCommand(ADMIN, 'add', [{ name: 'file', type: 11, value: attachment }], {
        [attachment]: { filename: 'bad.bin', url: `${server.cdnUrl}/bad.bin`, size: 7 },
      }),
      edited,
    );
    expect(r.body.content).toMatch(/^无法导入“bad\.bin”：/u);
    expect(ctx.library.corpus.reports).toHaveLength(29);
  });

  it('refuses a zip bomb and reads a long PDF in a worker, answering other users meanwhile', async () => {
    server.cdn.set('bomb.docx', zipBomb(120_000_000));
    server.cdn.set('long.pdf', makePdf(Array.from({ length: 200 }, (_, i) => longPage(i))));
    const uploads = ['bomb.docx', 'long.pdf'].map((name) => {
      const attachment = nextId();
      const payload = reportCommand(ADMIN, 'add', [{ name: 'file', type: 11, value: attachment }], {
        [attachment]: { filename: name, url: `${server.cdnUrl}/${name}`, size: server.cdn.get(name)!.length },
      });
      const after = server.requests.length;
      server.dispatch('INTERACTION_CREATE', payload);
      // Reading a long PDF takes seconds, more under the whole suite on two cores.
      return server.waitFor((r) => r.path.includes(payload.token) && edited(r), 90_000, after);
    });
    // While the files are read, other users' questions are answered: the reading is not on the bot's thread.
    const others = await Promise.all(
      Array.from({ length: 5 }, (_, k) =>
        send(slash(`5000000000000000${k}0`, 'ask', { question: '嘉兴2024年GDP目标' }), edited),
      ),
    );
    for (const o of others) expect(o.body.embeds[0].title).toContain('6%左右');
    const [bomb, long] = await Promise.all(uploads);
    // …answered before the long PDF was through: its reading held nobody up.
    const at = (r: RecordedRequest) => server.requests.indexOf(r);
    expect(Math.max(...others.map(at))).toBeLessThan(at(long!));
    expect(bomb!.body.content).toMatch(/^无法导入“bomb\.docx”：这个 Word 文档解压后有 120 MB，超过 50 MB/u);
    // The long PDF is no report (200 pages of lines from several reports): refused in a sentence, the bot still up.
    // Its 200 pages were read whole (the worker found the review heading in them) before it was refused.
    expect(long!.body.content).toMatch(
      /^无法导入“long\.pdf”：long\.pdf:1: 无法确定这份报告属于哪个地方.*2022年工作回顾/u,
    );
    expect((await ask('嘉兴2024年GDP目标')).title).toContain('6%左右');
  }, 120_000);
});

/** A .docx whose one entry inflates to `size` bytes of spaces: a few hundred KB on the wire. */
function zipBomb(size: number): Buffer {
  const name = Buffer.from('word/document.xml');
  const data = deflateRawSync(Buffer.alloc(size, 0x20), { level: 9 });
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + name.length, 12);
  end.writeUInt32LE(30 + name.length + data.length, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

/** A page of a long document: lines of text from the seeds, so the PDF is real text to read. */
function longPage(i: number): string[] {
  const paragraphs = library.corpus.allParagraphs();
  return Array.from({ length: 40 }, (_, k) =>
    paragraphs[(i * 40 + k) % paragraphs.length]!.paragraph.text.slice(0, 40),
  );
}
