import type { EngineContext } from '../context.js';
import { alertsFor } from '../monitor/alerts/alerts-for.js';
import { actorName } from '../serve/registry/actor.js';
import type { Handlers } from './types.js';

/** The alerts' commands: list stored monitoring alerts (with the open count), acknowledge one. */
export function alertsHandlers(ctx: EngineContext): Pick<Handlers, 'alerts.list' | 'alerts.acknowledge'> {
  const alerts = alertsFor(ctx);
  return {
    'alerts.list': ({ modelName, open, limit }) => ({
      alerts: alerts.list({ modelName, open, limit }),
      openCount: alerts.openCount(modelName),
    }),
    'alerts.acknowledge': ({ id, actor }) => alerts.acknowledge(id, actorName(actor)),
  };
}
