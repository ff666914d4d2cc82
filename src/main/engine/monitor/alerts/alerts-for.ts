import type { EngineContext } from '../../context.js';
import { AlertsService } from './alerts-service.js';

const services = new WeakMap<object, AlertsService>();

/**
 * The engine's one alerts service (made on first use), so every monitor that raises alerts and
 * the alerts commands share its webhook deliveries and counts.
 */
export function alertsFor(ctx: Pick<EngineContext, 'db' | 'settings' | 'emit'>): AlertsService {
  let service = services.get(ctx);
  if (!service) {
    service = new AlertsService({ db: ctx.db, settings: ctx.settings, emit: (e) => ctx.emit(e) });
    services.set(ctx, service);
  }
  return service;
}
