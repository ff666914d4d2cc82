/**
 * Datetime features. `year` is one slot, scaled with the train mean/std of the UTC year; `month`,
 * `weekday`, `hour` and `day` (of month) are each a sin/cos pair on their cycle, so December sits
 * next to January: angle = 2π·(month−1)/12, 2π·weekday/7 (Sunday 0), 2π·hour/24, 2π·(day−1)/31.
 * A missing datetime gives 0 in every slot (the year's mean; the centre of each circle).
 */
import { civilFromDays, MS_PER_DAY } from '../recipes/civil-time.js';

export type DatetimePart = 'year' | 'month' | 'weekday' | 'hour' | 'day';

export function partWidth(part: DatetimePart): number {
  return part === 'year' ? 1 : 2;
}

export function partNames(column: string, part: DatetimePart): string[] {
  return part === 'year' ? [`${column}.year`] : [`${column}.${part}_sin`, `${column}.${part}_cos`];
}

const scratch = new Int32Array(3);

/** UTC calendar year of epoch ms. */
export function yearOf(ms: number): number {
  civilFromDays(Math.floor(ms / MS_PER_DAY), scratch);
  return scratch[0] as number;
}

const TAU = 2 * Math.PI;

/**
 * Writes the parts of `ms` (finite) into out[at…]; returns the next free slot.
 * The year slot is (year − yearCenter) / yearScale.
 */
export function writeDatetimeParts(
  out: Float32Array,
  at: number,
  ms: number,
  parts: readonly DatetimePart[],
  yearCenter: number,
  yearScale: number,
): number {
  const days = Math.floor(ms / MS_PER_DAY);
  civilFromDays(days, scratch);
  let k = at;
  for (const part of parts) {
    let angle: number;
    switch (part) {
      case 'year':
        out[k++] = ((scratch[0] as number) - yearCenter) / yearScale;
        continue;
      case 'month':
        angle = (TAU * ((scratch[1] as number) - 1)) / 12;
        break;
      case 'day':
        angle = (TAU * ((scratch[2] as number) - 1)) / 31;
        break;
      case 'weekday':
        angle = (TAU * ((((days + 4) % 7) + 7) % 7)) / 7;
        break;
      case 'hour':
        angle = (TAU * Math.floor((ms - days * MS_PER_DAY) / 3_600_000)) / 24;
        break;
    }
    out[k++] = Math.sin(angle);
    out[k++] = Math.cos(angle);
  }
  return k;
}
