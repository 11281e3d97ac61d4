import type { OpenPromisesDecision } from '@sincere/contracts';
import type { Tx } from '@sincere/db';
import { AppError } from '../../http/app-error';
import type { NewConversationEvent } from '../conversations/event-log';
import { cancel, keep } from './promise-transitions';
import { lockOpenPromisesOfConversation, updatePromiseRow } from './promises.repository';

/**
 * Resolving a conversation that still has open promises asks what happens to them: without a decision the
 * resolve is refused (409 open_promises, the client asks the agent); 'keep_open' leaves them to fall due,
 * 'mark_kept' and 'cancel' settle them all. Runs inside the resolve's transaction; returns the events to log.
 */
export async function settleOpenPromisesOnResolve(
  tx: Tx,
  input: { accountId: string; conversationId: string; userId: string; at: Date },
  decision: OpenPromisesDecision | undefined,
  reason: string | undefined,
): Promise<NewConversationEvent[]> {
  const open = await lockOpenPromisesOfConversation(tx, input.accountId, input.conversationId);
  if (open.length === 0 || decision === 'keep_open') return [];
  if (!decision) {
    throw new AppError(
      'open_promises',
      `This conversation has ${open.length} open promise${open.length === 1 ? '' : 's'}: say what happens to ${open.length === 1 ? 'it' : 'them'}`,
      { openPromises: 'Required: keep_open, mark_kept or cancel' },
    );
  }
  const actor = { type: 'user' as const, id: input.userId };
  const events: NewConversationEvent[] = [];
  for (const row of open) {
    const { changes, event } =
      decision === 'mark_kept'
        ? keep(row, actor, { kind: 'owner' }, input.at)
        : cancel(row, actor, reason ?? 'Resolved without it', input.at);
    await updatePromiseRow(tx, input.accountId, row.id, changes);
    events.push(event);
  }
  return events;
}
