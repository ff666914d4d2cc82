import type { Migration } from '../migrate.js';
import { m0001 } from './0001-settings.js';
import { m0002 } from './0002-jobs.js';
import { m0003 } from './0003-datasets.js';
import { m0004 } from './0004-labels.js';
import { m0005 } from './0005-runs.js';
import { m0006 } from './0006-registry.js';
import { m0007 } from './0007-request-log.js';
import { m0008 } from './0008-evaluations.js';
import { m0009 } from './0009-alerts.js';
import { m0010 } from './0010-improvement.js';

/** Every migration, in order. Add a file `NNNN-name.ts` with its own test and list it here. */
export const MIGRATIONS: readonly Migration[] = [
  m0001,
  m0002,
  m0003,
  m0004,
  m0005,
  m0006,
  m0007,
  m0008,
  m0009,
  m0010,
];
