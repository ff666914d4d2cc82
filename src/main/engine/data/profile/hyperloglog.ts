const P = 14;
const M = 1 << P;
const ALPHA = 0.7213 / (1 + 1.079 / M);

/** HyperLogLog with 2^14 registers (about 0.8% standard error) over 32-bit hashes. */
export class HyperLogLog {
  private readonly registers = new Uint8Array(M);

  add(hash: number): void {
    const idx = hash >>> (32 - P);
    const rest = (hash << P) | (1 << (P - 1));
    const rank = Math.clz32(rest) + 1;
    if (rank > (this.registers[idx] as number)) this.registers[idx] = rank;
  }

  /** The estimate, with linear counting for small cardinalities. */
  estimate(): number {
    let sum = 0;
    let zeros = 0;
    for (let i = 0; i < M; i++) {
      const r = this.registers[i] as number;
      sum += 2 ** -r;
      if (r === 0) zeros++;
    }
    const raw = (ALPHA * M * M) / sum;
    if (raw <= 2.5 * M && zeros > 0) return Math.round(M * Math.log(M / zeros));
    return Math.round(raw);
  }
}
