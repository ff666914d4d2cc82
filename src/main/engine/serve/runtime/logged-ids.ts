/**
 * Finding a prediction id in the request log: the log stores one entry per request with the block
 * of ids it was given (id_prefix, first_seq, rows), so an id is parsed into (prefix, counter) and
 * found as the entry of that prefix with the greatest first_seq not after it (an index seek).
 */
import type { Db } from '../../db/connection.js';
import { parsePredictionId } from '../http/prediction-ids.js';

/** A lookup on `db`: whether the id falls inside a stored request's block. */
export function storedIdLookup(db: Db): (predictionId: string) => boolean {
  const find = db
    .prepare(
      'SELECT first_seq + rows > ? FROM prediction_requests WHERE id_prefix = ? AND first_seq <= ? ORDER BY first_seq DESC LIMIT 1',
    )
    .pluck();
  return (predictionId) => {
    const id = parsePredictionId(predictionId);
    if (!id) return false;
    return find.get(id.seq, id.prefix, id.seq) === 1;
  };
}

/** Whether an id falls inside the block [first, first + rows) of the prefix. */
export function inBlock(
  id: { prefix: string; seq: number },
  block: { idPrefix: string; firstSeq: number; rows: number },
): boolean {
  return block.idPrefix === id.prefix && block.firstSeq <= id.seq && id.seq < block.firstSeq + block.rows;
}
