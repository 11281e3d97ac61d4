import type { AppContext } from '../../context';
import type { ZodApp } from '../../http/route-types';

/** Placeholder: creating customers through the public API. */
export function registerCustomerRoutes(_app: ZodApp, _ctx: AppContext): void {}
