import type { AppContext } from '../../context';
import type { ZodApp } from '../../http/route-types';

/** Placeholder: the webhooks channel's HTTP routes. */
export function registerWebhookRoutes(_app: ZodApp, _ctx: AppContext): void {}
