import { createHash, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import {
  ErrorBody,
  TELEGRAM_API,
  TELEGRAM_SECRET_HEADER,
  TelegramUpdateEnvelope,
  TelegramWebhookAnswer,
} from '@sincere/contracts';
import type { AppContext } from '../../context';
import { AppError, notFound } from '../../http/app-error';
import type { ZodApp } from '../../http/route-types';
import { handleTelegramUpdate } from './handle-update';
import { findActiveTelegramChannel } from './telegram.repository';

/** The Telegram channel's HTTP side: the webhook Telegram calls with each update for a bot. */
export function registerTelegramRoutes(app: ZodApp, ctx: AppContext): void {
  app.post(
    TELEGRAM_API.webhook(':id'),
    {
      schema: {
        tags: ['channels'],
        summary: 'Telegram’s webhook for one bot (called by Telegram with the secret token header)',
        params: z.object({ id: z.string() }),
        body: TelegramUpdateEnvelope,
        response: { 200: TelegramWebhookAnswer, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
      // The channel is checked before the body: an update for no bot of ours is a 404, not a 400.
      attachValidation: true,
      // Called by Telegram, never by a browser with a session: the secret token is the proof.
      config: { csrf: false },
    },
    async (request) => {
      const channel = await findActiveTelegramChannel(ctx.database.db, request.params.id);
      if (!channel) throw notFound('Telegram channel');
      const sent = request.headers[TELEGRAM_SECRET_HEADER];
      if (typeof sent !== 'string' || sent.length === 0) {
        throw new AppError('unauthenticated', `Missing ${TELEGRAM_SECRET_HEADER} header`);
      }
      const expected = channel.secrets.webhookSecret;
      if (!expected || !sameSecret(sent, expected)) {
        throw new AppError('forbidden', `Wrong ${TELEGRAM_SECRET_HEADER} header`);
      }
      if (request.validationError) throw new AppError('bad_request', 'The body is not a Telegram Update');
      const outcome = await handleTelegramUpdate(ctx, channel, request.body);
      if (outcome.kind === 'ignored') {
        request.log.info(
          { channelId: channel.id, updateId: request.body.update_id, reason: outcome.reason },
          'telegram update ignored',
        );
      }
      return { ok: true as const };
    },
  );
}

/** Compares digests, so neither the time taken nor an early length check says how much of the secret matched. */
function sameSecret(sent: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(sent), digest(expected));
}
