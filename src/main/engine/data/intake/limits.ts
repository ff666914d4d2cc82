/** Limits and tuning constants of the importer. */

/** The largest single field accepted (a 10 MB field imports; a larger-than-16 MB one is refused clearly). */
export const MAX_FIELD_BYTES = 16 * 1024 * 1024;
/** The largest row (all its fields together). */
export const MAX_ROW_BYTES = 64 * 1024 * 1024;
/** The most columns a file may have. */
export const MAX_COLUMNS = 10_000;
/** Bytes read from the file at a time (the read buffer grows only for rows longer than this). */
export const CHUNK_BYTES = 4 * 1024 * 1024;
/** Rows read before the main pass to detect the delimiter, the header and each column's likely type. */
export const SAMPLE_ROWS = 5000;
/** A column is numeric (or boolean, datetime) when at least this share of its non-missing values are. */
export const MAJORITY_SHARE = 0.95;
/** How many offending values evidence keeps per column. */
export const MAX_OFFENDERS = 5;
/** Progress reports at most this often (ms). */
export const PROGRESS_INTERVAL_MS = 200;
