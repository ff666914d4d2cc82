function plural(n: number, unit: string): string {
  return `${n} ${unit}`;
}

/** A duration in seconds as "45 s", "2 min 5 s", "1 h 20 min". */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '';
  if (seconds < 10) return `${(Math.round(seconds * 10) / 10).toString()} s`;
  const total = Math.round(seconds);
  if (total < 60) return plural(total, 's');
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return m > 0 ? `${h} h ${m} min` : `${h} h`;
  return s > 0 ? `${m} min ${s} s` : `${m} min`;
}

/** Time left for a job: "about 12 s left", "under a second left"; empty when unknown. */
export function formatEta(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return '';
  if (seconds < 1) return 'under a second left';
  const rounded = seconds < 10 ? Math.ceil(seconds) : seconds;
  return `about ${formatDuration(rounded)} left`;
}

/** How long a finished job ran, from its ISO timestamps; empty when unknown. */
export function formatElapsed(startIso: string | null, endIso: string | null): string {
  if (!startIso || !endIso) return '';
  const ms = Date.parse(endIso) - Date.parse(startIso);
  if (!Number.isFinite(ms) || ms < 0) return '';
  return formatDuration(ms / 1000);
}

/** Clock time of an ISO timestamp in the person's locale, e.g. "14:03:27". */
export function formatClock(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}
