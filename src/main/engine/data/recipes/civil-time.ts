/**
 * Calendar arithmetic on epoch milliseconds (UTC) without allocating Date objects:
 * parts for the feature pipeline, ISO formatting for export, ISO parsing for casts and conditions.
 * Day/civil conversions follow Howard Hinnant's `days_from_civil` / `civil_from_days`.
 */

export const MS_PER_DAY = 86_400_000;
/** The range a JS Date can hold (±100,000,000 days around 1970). */
export const MAX_EPOCH_MS = 8.64e15;

/** Days since 1970-01-01 of a proleptic Gregorian date (month 1-12). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Writes [year, month 1-12, day 1-31] of a day number into `out`. */
export function civilFromDays(days: number, out: Int32Array): void {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  out[0] = yoe + era * 400 + (month <= 2 ? 1 : 0);
  out[1] = month;
  out[2] = day;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

const scratch = new Int32Array(3);

/** Same text as `new Date(ms).toISOString()` (for finite ms in range). */
export function formatIso(ms: number): string {
  const t = Math.trunc(ms);
  const days = Math.floor(t / MS_PER_DAY);
  civilFromDays(days, scratch);
  const year = scratch[0] as number;
  if (year < 0 || year > 9999) return new Date(t).toISOString();
  let rest = t - days * MS_PER_DAY;
  const hh = Math.floor(rest / 3_600_000);
  rest -= hh * 3_600_000;
  const mm = Math.floor(rest / 60_000);
  rest -= mm * 60_000;
  const ss = Math.floor(rest / 1000);
  const milli = rest - ss * 1000;
  return `${pad(year, 4)}-${pad(scratch[1] as number, 2)}-${pad(scratch[2] as number, 2)}T${pad(hh, 2)}:${pad(mm, 2)}:${pad(ss, 2)}.${pad(milli, 3)}Z`;
}

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Epoch ms of an ISO 8601 date or date-time (`2024-03-01`, `2024-03-01T10:20`, `…:30.5Z`,
 * `…+02:00`); NaN when it is not one. Without an offset the time is taken as UTC.
 */
export function parseIsoDate(text: string): number {
  const m = ISO.exec(text.trim());
  if (!m) return Number.NaN;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = m[4] ? Number(m[4]) : 0;
  const minute = m[5] ? Number(m[5]) : 0;
  const second = m[6] ? Number(m[6]) : 0;
  const frac = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return Number.NaN;
  if (hour > 23 || minute > 59 || second > 59) return Number.NaN;
  let offsetMin = 0;
  const tz = m[8];
  if (tz && tz !== 'Z' && tz !== 'z') {
    const sign = tz[0] === '-' ? -1 : 1;
    const digits = tz.slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2));
    const om = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
    if (oh > 23 || om > 59) return Number.NaN;
    offsetMin = sign * (oh * 60 + om);
  }
  return (
    daysFromCivil(year, month, day) * MS_PER_DAY +
    hour * 3_600_000 +
    (minute - offsetMin) * 60_000 +
    second * 1000 +
    frac
  );
}
