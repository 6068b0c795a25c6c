import { existsSync, readdirSync, readFileSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/corpus/paths.js';
import { readReportFile } from '../src/ingest/formats.js';
import {
  confirmAddition,
  expireStaging,
  listUserReports,
  removeUserReport,
  STAGING_TTL_MS,
  stageAddition,
  type UserReports,
} from '../src/ingest/userReports.js';
import { library } from './helpers/library.js';
import { tempDir } from './helpers/tempDir.js';

/**
 * Reports users add and remove from Discord (the functions /report calls): a published id never changes,
 * removing one report of a file that holds two keeps the other, and uploads nobody confirmed expire.
 */
const GENRE = process.env.GOVREPORT_GENRE_DIR ?? path.join(PROJECT_ROOT, '..', 'shared', 'genre');
const store = (): UserReports => ({
  dir: tempDir('users'),
  reservedIds: library.corpus.reports.map((r) => r.id),
});

async function text(file: string): Promise<string> {
  const read = await readReportFile(path.basename(file), readFileSync(file));
  if (!read.ok) throw new Error(read.reason);
  return read.text;
}

async function publish(s: UserReports, name: string, content: string, user = 'u1') {
  const staged = await stageAddition(s, name, Buffer.from(content, 'utf8'), user);
  if (!staged.ok) throw new Error(staged.problems.join(' '));
  const added = await confirmAddition(s, staged.staged.id, user);
  if (typeof added === 'string') throw new Error(added);
  return added.map((r) => r.id);
}

describe.skipIf(!existsSync(GENRE))('reports users add', () => {
  it('never changes a published id: a second report of the same place and year gets the next one', async () => {
    const first = await text(path.join(GENRE, 'hailar', '2013.txt'));
    // Another report of the same place and year (as two 朝阳区 would be): the 2014 report's text dated 2013.
    const second = (await text(path.join(GENRE, 'hailar', '2014.txt'))).replaceAll('2014年', '2013年');
    // Staged files get a random prefix, so which sorts first is chance: four tries see both orders.
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const s = store();
      const [id] = await publish(s, 'first.txt', first);
      const [next] = await publish(s, 'second.txt', second);
      expect(next).not.toBe(id);
      const kept = listUserReports(s).find((r) => r.id === id)!;
      expect(kept.sources.some((src) => src.file.endsWith('first.txt'))).toBe(true);
    }
  });

  it('removes one report of a file that holds two, keeping the other and the file, and names only it', async () => {
    const s = store();
    const both = `${await text(path.join(GENRE, 'hailar', '2013.txt'))}\n\n${await text(path.join(GENRE, 'hailar', '2014.txt'))}`;
    const ids = await publish(s, 'two.txt', both);
    expect(ids).toHaveLength(2);
    const [gone, stays] = ids as [string, string];
    const said = await removeUserReport(s, gone, 'u1');
    expect(said).toContain(`（${gone}）`);
    expect(said).toContain(`同一文件中的 ${stays} 保留不变`);
    expect(listUserReports(s).map((r) => r.id)).toEqual([stays]);
    expect(readdirSync(path.join(s.dir, 'raw'))).toHaveLength(1);
    const audit = readFileSync(path.join(s.dir, 'audit.log'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(audit.at(-1)).toMatchObject({ action: 'remove', report: gone, keptFileFor: [stays] });
    // The last report of the file: the file goes to trash/, not away.
    await removeUserReport(s, stays, 'u1');
    expect(listUserReports(s)).toEqual([]);
    expect(readdirSync(path.join(s.dir, 'raw'))).toEqual([]);
    expect(readdirSync(path.join(s.dir, 'trash'))).toHaveLength(1);
  });

  it('expires uploads nobody confirmed, and refuses to confirm an expired one', async () => {
    const s = store();
    const staged = await stageAddition(
      s,
      'old.txt',
      Buffer.from(await text(path.join(GENRE, 'hailar', '2013.txt'))),
      'u1',
    );
    if (!staged.ok) throw new Error(staged.problems.join(' '));
    const staging = path.join(s.dir, 'staging');
    const old = new Date(Date.now() - STAGING_TTL_MS - 60_000);
    for (const name of readdirSync(staging)) utimesSync(path.join(staging, name), old, old);
    expect(await confirmAddition(s, staged.staged.id, 'u1')).toBe('这个待确认的报告已过期或已处理。');
    expect(readdirSync(staging)).toEqual([]);
    expect(await expireStaging(s)).toBe(0);
  });
});
