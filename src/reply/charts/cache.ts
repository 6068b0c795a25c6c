/** Rendered charts by their inputs: the same comparison asked twice is drawn once. */
export class ChartCache {
  private readonly entries = new Map<string, Buffer>();

  constructor(private readonly max = 64) {}

  get(key: string, draw: () => Buffer): Buffer {
    const hit = this.entries.get(key);
    if (hit) {
      // Least recently used goes first: re-insert to mark as fresh.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const png = draw();
    this.entries.set(key, png);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    return png;
  }

  get size(): number {
    return this.entries.size;
  }
}
