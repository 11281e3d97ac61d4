import type { AppContext } from '../../context';
import type { ZodApp } from '../../http/route-types';

/** Admin configuration of channels: list, create, update, rotate a secret. */
export function registerChannelRoutes(_app: ZodApp, _ctx: AppContext): void {}
