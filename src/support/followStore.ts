import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A topic a channel follows: when a report is added, its passages matching `query` (in `city`) are posted there. */
export interface Follow {
  id: string;
  query: string;
  /** The place as the user named it (杭州), or null for every place. */
  city: string | null;
  channelId: string;
  /** Null in a DM: the user follows for themselves. */
  guildId: string | null;
  userId: string;
  createdAt: string;
}

/**
 * Where follows live, durably: a JSON file in DATA_DIR for one process, Redis (REDIS_URL) when several
 * processes must see the same follows and post each new report once between them.
 */
export interface FollowStore {
  readonly name: string;
  add(follow: Omit<Follow, 'id' | 'createdAt'>): Promise<Follow>;
  /** Removes a follow of this channel; false when the channel has none by that id. */
  remove(channelId: string, id: string): Promise<boolean>;
  list(channelId: string): Promise<Follow[]>;
  all(): Promise<Follow[]>;
  /**
   * True for the first call for this follow and report, ever, across processes; false for every later one:
   * a report is posted to a follower once, whoever reloads it.
   */
  firstDelivery(followId: string, reportId: string): Promise<boolean>;
  close(): Promise<void>;
}

/** Short ids a user can type back: 8 hex characters. */
export function newFollowId(): string {
  return randomBytes(4).toString('hex');
}

interface FileShape {
  follows: Follow[];
  /** Report ids already posted, by follow id. */
  delivered: Record<string, string[]>;
}

/**
 * The follows of one process in `<dir>/follows.json`. Every change is written whole to a temporary file
 * and renamed over the old one, so a crash leaves the old file or the new one, never half of either.
 */
export class FileFollowStore implements FollowStore {
  readonly name: string;
  private readonly file: string;

  constructor(dir: string) {
    this.file = path.join(dir, 'follows.json');
    this.name = `file ${this.file}`;
  }

  private read(): FileShape {
    try {
      const parsed = JSON.parse(readFileSync(this.file, 'utf8')) as Partial<FileShape>;
      return { follows: parsed.follows ?? [], delivered: parsed.delivered ?? {} };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { follows: [], delivered: {} };
      throw new Error(`${this.file} cannot be read (${e instanceof Error ? e.message : String(e)})`);
    }
  }

  private write(data: FileShape): void {
    mkdirSync(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, `${JSON.stringify(data, null, 1)}\n`);
    renameSync(temporary, this.file);
  }

  async add(follow: Omit<Follow, 'id' | 'createdAt'>): Promise<Follow> {
    const data = this.read();
    const added = { ...follow, id: newFollowId(), createdAt: new Date().toISOString() };
    data.follows.push(added);
    this.write(data);
    return added;
  }

  async remove(channelId: string, id: string): Promise<boolean> {
    const data = this.read();
    const kept = data.follows.filter((f) => !(f.id === id && f.channelId === channelId));
    if (kept.length === data.follows.length) return false;
    delete data.delivered[id];
    this.write({ ...data, follows: kept });
    return true;
  }

  async list(channelId: string): Promise<Follow[]> {
    return this.read().follows.filter((f) => f.channelId === channelId);
  }

  async all(): Promise<Follow[]> {
    return this.read().follows;
  }

  async firstDelivery(followId: string, reportId: string): Promise<boolean> {
    const data = this.read();
    const done = data.delivered[followId] ?? [];
    if (done.includes(reportId)) return false;
    data.delivered[followId] = [...done, reportId];
    this.write(data);
    return true;
  }

  async close(): Promise<void> {}
}
