import type { FastifyInstance } from 'fastify';
import { AppError } from './app-error';

/**
 * PostgreSQL text cannot hold the NUL character (U+0000): a value carrying one
 * would fail deep in a query as a 500. Every request is checked once here, so
 * the client learns which field is wrong, whatever the route.
 */
export function registerNulCharacterGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    for (const [where, value] of [
      ['params', request.params],
      ['query', request.query],
      ['body', request.body],
    ] as const) {
      const path = findNul(value, []);
      if (path) {
        const field = path.length > 0 ? path.join('.') : where;
        throw new AppError('validation_failed', `Invalid ${where}: ${field} contains a NUL character`, {
          [field]: 'Must not contain the NUL character',
        });
      }
    }
  });
}

function findNul(value: unknown, path: string[]): string[] | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findNul(item, [...path, String(index)]);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes('\u0000')) return [...path, key];
      const found = findNul(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}
