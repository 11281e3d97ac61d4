import { z } from 'zod';
import type { AppContext } from '../../context';
import type { ZodApp } from '../../http/route-types';

const Health = z.object({ status: z.enum(['ok', 'unavailable']), engine: z.enum(['pglite', 'postgres']).optional() });

/** /healthz: the process answers. /readyz: it can reach its database, so a load balancer may send traffic. */
export function registerHealthRoutes(app: ZodApp, ctx: AppContext): void {
  app.get('/healthz', { schema: { tags: ['health'], response: { 200: Health } } }, async () => ({
    status: 'ok' as const,
  }));
  app.get(
    '/readyz',
    { schema: { tags: ['health'], response: { 200: Health, 503: Health } } },
    async (_request, reply) => {
      try {
        await ctx.database.query('SELECT 1');
        return { status: 'ok' as const, engine: ctx.database.engine };
      } catch {
        return reply
          .status(503)
          .header('retry-after', '5')
          .send({ status: 'unavailable' as const });
      }
    },
  );
}
