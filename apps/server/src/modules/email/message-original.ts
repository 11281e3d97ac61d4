import type { MessageOriginal } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { notFound } from '../../http/app-error';
import type { AuthContext } from '../auth/auth-context';
import { findMessageMetadata } from './email.repository';
import { sanitizeEmailHtml } from './sanitize-email-html';

/** What reply separation took out of an inbound email; 404 for a message without one or of another account. */
export async function getMessageOriginal(
  ctx: AppContext,
  caller: AuthContext,
  messageId: string,
): Promise<MessageOriginal> {
  const row = await findMessageMetadata(ctx.database.db, caller.accountId, messageId);
  const original = row?.metadata?.['original'];
  if (!row || typeof original !== 'object' || original === null) throw notFound('Original of this message');
  const { text, html, quoted } = original as Record<string, unknown>;
  return {
    text: typeof text === 'string' ? text : '',
    // Sanitised again on the way out: the rules may have grown stricter since the mail was stored.
    html: typeof html === 'string' ? sanitizeEmailHtml(html) : null,
    quoted: typeof quoted === 'string' ? quoted : '',
  };
}
