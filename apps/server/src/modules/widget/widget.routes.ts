import type { AppContext } from '../../context';
import type { ZodApp } from '../../http/route-types';

/** Placeholder: the widget channel's HTTP routes. */
export async function registerWidgetRoutes(_app: ZodApp, _ctx: AppContext): Promise<void> {}
