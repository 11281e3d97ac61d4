import type { AppContext } from '../../context';
import type { ZodApp } from '../../http/route-types';

/** Placeholder: the telegram channel's HTTP routes. */
export function registerTelegramRoutes(_app: ZodApp, _ctx: AppContext): void {}
