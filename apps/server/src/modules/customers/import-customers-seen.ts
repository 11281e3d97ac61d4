import { createHash } from 'node:crypto';

/**
 * The values a file has had so far (its emails, its external ids) and the row each was first in, kept as 64-bit
 * fingerprints in typed arrays: 12 bytes a value instead of about 70 for a Map of strings, so a million-row file
 * costs tens of megabytes, not hundreds. Two different values share a fingerprint with a probability of about
 * n²/2⁶⁵ — 3·10⁻⁸ for a million rows.
 */
export class SeenValues {
  private high: Uint32Array;
  private low: Uint32Array;
  /** The row a slot's value was first seen in; 0 marks an empty slot (data rows start at 2). */
  private rows: Uint32Array;
  private size = 0;

  constructor(capacity = 1024) {
    this.high = new Uint32Array(capacity);
    this.low = new Uint32Array(capacity);
    this.rows = new Uint32Array(capacity);
  }

  /** The row `value` was first seen in; or undefined, and it is remembered as seen in `row`. */
  firstRow(value: string, row: number): number | undefined {
    const digest = createHash('md5').update(value).digest();
    const high = digest.readUInt32LE(0);
    const low = digest.readUInt32LE(4);
    const slot = this.find(high, low);
    const first = this.rows[slot] ?? 0;
    if (first !== 0) return first;
    this.high[slot] = high;
    this.low[slot] = low;
    this.rows[slot] = row;
    this.size += 1;
    if (this.size * 2 > this.rows.length) this.grow();
    return undefined;
  }

  /** The slot holding this fingerprint, or the empty one where it goes (linear probing; the table is half empty). */
  private find(high: number, low: number): number {
    const mask = this.rows.length - 1;
    let slot = low & mask;
    while ((this.rows[slot] ?? 0) !== 0 && (this.high[slot] !== high || this.low[slot] !== low)) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private grow(): void {
    const { high, low, rows } = this;
    this.high = new Uint32Array(rows.length * 2);
    this.low = new Uint32Array(rows.length * 2);
    this.rows = new Uint32Array(rows.length * 2);
    for (let index = 0; index < rows.length; index++) {
      const row = rows[index] ?? 0;
      if (row === 0) continue;
      const slot = this.find(high[index] ?? 0, low[index] ?? 0);
      this.high[slot] = high[index] ?? 0;
      this.low[slot] = low[index] ?? 0;
      this.rows[slot] = row;
    }
  }
}
