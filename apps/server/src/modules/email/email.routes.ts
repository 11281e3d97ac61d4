import type { AppContext } from '../../context';
import type { ZodApp } from '../../http/route-types';

/** Placeholder: the email channel's HTTP routes. */
export function registerEmailRoutes(_app: ZodApp, _ctx: AppContext): void {}
