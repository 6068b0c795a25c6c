import { type ChildProcess, spawn } from 'node:child_process';
import { PROJECT_ROOT } from '../../src/corpus/paths.js';

/** The real `npm start` (or another npm script) as an operator runs it, with this environment; stdout and stderr collected. */
export class BotProcess {
  readonly child: ChildProcess;
  out = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(env: Record<string, string>, script = 'start') {
    // A process group of its own, as a service under systemd or a terminal job has: signalGroup() reaches
    // npm and node together, as KillMode=control-group and Ctrl-C do.
    this.child = spawn('npm', ['run', script, '--silent'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, LOG_LEVEL: 'info', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true,
    });
    for (const stream of [this.child.stdout!, this.child.stderr!])
      stream.on('data', (d: Buffer) => {
        this.out += d.toString();
      });
    this.exited = new Promise((resolve) => this.child.on('exit', (code, signal) => resolve({ code, signal })));
  }

  /** Resolves when the output has matched, or rejects with what was printed. */
  async waitForOutput(pattern: RegExp, ms = 30_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!pattern.test(this.out)) {
      if (Date.now() > deadline || this.child.exitCode !== null)
        throw new Error(`bot process: no ${pattern} in output:\n${this.out.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Sends `signal` to the whole process group (npm and the node it runs); a group already gone is no error. */
  signalGroup(signal: NodeJS.Signals): void {
    try {
      if (this.child.pid) process.kill(-this.child.pid, signal);
    } catch {
      // every process of the group has exited
    }
  }

  async exit(ms = 20_000): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    // Killing npm alone would leave the node it runs behind: the whole group goes.
    const timer = setTimeout(() => this.signalGroup('SIGKILL'), ms);
    const result = await this.exited;
    clearTimeout(timer);
    return result;
  }
}
