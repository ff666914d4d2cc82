/**
 * What the inference server reads of the model registry, on its own read-only connection
 * (the worker never writes the registry; the engine's registry moves stages).
 */
import type { Stage } from '../../../../shared/serve.js';
import type { Db } from '../../db/connection.js';

export interface VersionRow {
  name: string;
  version: number;
  stage: Stage;
  /** Relative to the workspace. */
  artifactDir: string;
}

export class RegistryReader {
  constructor(private readonly db: Db) {}

  /** The production version of every model that has one. */
  productions(): Map<string, VersionRow> {
    const rows = this.db
      .prepare(
        "SELECT model_name AS name, version, stage, artifact_dir AS artifactDir FROM model_versions WHERE stage = 'production'",
      )
      .all() as VersionRow[];
    return new Map(rows.map((r) => [r.name, r]));
  }

  version(name: string, version: number): VersionRow | undefined {
    return this.db
      .prepare(
        'SELECT model_name AS name, version, stage, artifact_dir AS artifactDir FROM model_versions WHERE model_name = ? AND version = ?',
      )
      .get(name, version) as VersionRow | undefined;
  }

  /** Every model with its versions (oldest first). */
  list(): { name: string; versions: { version: number; stage: Stage }[] }[] {
    const rows = this.db
      .prepare(
        'SELECT m.name, v.version, v.stage FROM models m LEFT JOIN model_versions v ON v.model_name = m.name ORDER BY m.name, v.version',
      )
      .all() as { name: string; version: number | null; stage: Stage | null }[];
    const out = new Map<string, { version: number; stage: Stage }[]>();
    for (const r of rows) {
      const list = out.get(r.name) ?? [];
      if (r.version !== null && r.stage !== null) list.push({ version: r.version, stage: r.stage });
      out.set(r.name, list);
    }
    return [...out].map(([name, versions]) => ({ name, versions }));
  }
}
