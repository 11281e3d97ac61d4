import type { AppContext } from '../context';
import type { ZodApp } from './route-types';

/** Placeholder: the public API's Idempotency-Key header. */
export function registerIdempotency(_app: ZodApp, _ctx: AppContext): void {}
