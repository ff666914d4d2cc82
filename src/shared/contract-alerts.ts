/** The alerts' commands: list stored monitoring alerts, and acknowledge one. */
import { z } from 'zod';
import { AlertRecord } from './alerts.js';

/** A page of alerts and how many are open (under the same model filter). */
export const AlertList = z.object({
  /** Newest first. */
  alerts: z.array(AlertRecord),
  /** Unacknowledged alerts in all (of the model, when one is named), however many are listed. */
  openCount: z.number().int().min(0),
});
export type AlertList = z.infer<typeof AlertList>;

/** alerts.list and alerts.acknowledge: their input and output schemas (spread into contract.ts). */
export const alertsContract = {
  'alerts.list': {
    summary:
      'Monitoring alerts, newest first (of one model; only open or only acknowledged ones), and how many are open.',
    input: z
      .object({
        modelName: z.string().min(1, 'give the model name').optional(),
        /** true: only unacknowledged alerts; false: only acknowledged ones; absent: both. */
        open: z.boolean().optional(),
        limit: z.number().int().min(1).max(1000).default(50),
      })
      .strict(),
    output: AlertList,
  },
  'alerts.acknowledge': {
    summary: 'Acknowledge an alert (records who and when; acknowledging it again changes nothing).',
    input: z
      .object({
        id: z.string().min(1, 'give the alert id'),
        /** Who acknowledges; defaults to the OS user. */
        actor: z.string().max(200).optional(),
      })
      .strict(),
    output: AlertRecord,
  },
} as const;
