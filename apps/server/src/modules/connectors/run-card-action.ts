import { isDeepStrictEqual } from 'node:util';
import { AddMessageRequest, type RunCardActionRequest, type RunCardActionResponse } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { AppError, notFound } from '../../http/app-error';
import type { AuthContext } from '../auth/auth-context';
import { addMessage } from '../conversations/add-message';
import { keepPromiseByAction, requireUnsettledPromise } from '../promises/change-promise';
import { cardCacheOf } from './card-cache';
import { actionsOf } from './connector.mapper';
import { openConnectorSecrets, UNREADABLE_SECRETS } from './connector-secrets';
import type { ConnectorRow } from './connectors.repository';
import { cachedConnectorCard, findActiveConnector, loadCardSubject, type CardSubject } from './customer-cards';
import { connectorUrl, postAction, type ActionOutcome } from './fetch-card';
import { recordConnectorAudit } from './manage-connectors';
import { renderActionRequest, TemplateError } from './url-template';

interface Prepared {
  label: string;
  send: () => Promise<ActionOutcome>;
}

/** An admin's action on an HTTP GET connector: its URL and body from the templates, with the connector's headers. */
function adminAction(ctx: AppContext, row: ConnectorRow, actionKey: string, subject: CardSubject): Prepared {
  const action = actionsOf(row).find((candidate) => candidate.key === actionKey);
  if (!action) throw notFound('Action');
  const send = async (): Promise<ActionOutcome> => {
    const secrets = openConnectorSecrets(row);
    if (!secrets) return { ok: false, error: UNREADABLE_SECRETS };
    let request: { url: string; body: Record<string, string> };
    try {
      request = renderActionRequest(action, { customer: subject.customer, conversation: subject.conversation });
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      return { ok: false, error: `The action ${error.message}` };
    }
    return postAction({
      ...request,
      headers: secrets.headers,
      timeoutMs: row.timeoutMs,
      allowPrivate: row.allowPrivate,
      now: ctx.clock(),
    });
  };
  return { label: action.label, send };
}

/**
 * A signed card's action: only one the card offers now, with the card's own
 * payload (an agent cannot make Sincere sign a payload of their choosing), POSTed
 * signed to the connector's URL.
 */
async function signedAction(
  ctx: AppContext,
  caller: AuthContext,
  row: ConnectorRow,
  actionKey: string,
  subject: CardSubject,
  payload: Record<string, unknown> | undefined,
): Promise<Prepared> {
  const { outcome } = await cachedConnectorCard(ctx, row, subject, false);
  if (!outcome.ok) {
    return {
      label: actionKey,
      send: () =>
        Promise.resolve({ ok: false, error: `The card could not be loaded to check the action: ${outcome.error}` }),
    };
  }
  const action = outcome.card.actions?.find((candidate) => candidate.id === actionKey);
  if (!action) throw notFound('Action');
  if (payload !== undefined && !isDeepStrictEqual(payload, action.payload ?? {})) {
    cardCacheOf(ctx).forget(row.id, subject.customer.id);
    throw new AppError('conflict', 'This card has changed since it was shown: look at it again before acting', {
      payload: 'Not the payload the card offers now',
    });
  }
  const send = async (): Promise<ActionOutcome> => {
    const secrets = openConnectorSecrets(row);
    if (!secrets?.secret) return { ok: false, error: UNREADABLE_SECRETS };
    const url = connectorUrl(row.urlTemplate, { customer: subject.customer, conversation: subject.conversation });
    if (typeof url !== 'string') return { ok: false, error: url.error };
    return postAction({
      url,
      headers: secrets.headers,
      secret: secrets.secret,
      body: {
        type: 'action',
        action: { id: action.id, ...(action.payload ? { payload: action.payload } : {}) },
        customer: subject.customer,
        conversation: subject.conversation,
        agent: { id: caller.user.id, name: caller.user.name },
      },
      timeoutMs: row.timeoutMs,
      allowPrivate: row.allowPrivate,
      now: ctx.clock(),
    });
  };
  return { label: action.label, send };
}

/** The note an action leaves in the conversation, for the team to see what was done and by whom. */
export function actionNote(label: string, connectorName: string, outcome: ActionOutcome): string {
  const detail = outcome.ok ? outcome.message : outcome.error;
  return `Ran “${label}” on ${connectorName}: ${outcome.ok ? 'done' : 'failed'}${detail ? ` — ${detail}` : ''}`;
}

/**
 * Runs a card's action an agent confirmed: POSTs it to the company's system, then
 * records what happened, success or failure, in the audit log and as an internal
 * note in the conversation (written as the agent, so the team sees it live), and
 * drops the customer's cached card so the panel shows the result.
 */
export async function runCardAction(
  ctx: AppContext,
  caller: AuthContext,
  params: { customerId: string; connectorId: string; actionKey: string },
  input: RunCardActionRequest,
): Promise<RunCardActionResponse> {
  const { accountId } = caller;
  const row = await findActiveConnector(ctx, accountId, params.connectorId);
  const subject = await loadCardSubject(ctx, accountId, params.customerId, input.conversationId);
  if (input.promiseId) await requireUnsettledPromise(ctx, caller, input.promiseId, input.conversationId);
  const prepared =
    row.kind === 'signed'
      ? await signedAction(ctx, caller, row, params.actionKey, subject, input.payload)
      : adminAction(ctx, row, params.actionKey, subject);
  const outcome = await prepared.send();
  const message = outcome.ok ? (outcome.message ?? '') : outcome.error;

  // The action happened in the company's system whatever we write: the audit entry first, then the note.
  await ctx.database.db.transaction((tx) =>
    recordConnectorAudit(tx, caller, 'connector.action_run', row.id, {
      connector: row.name,
      action: params.actionKey,
      label: prepared.label,
      customerId: subject.customer.id,
      conversationId: input.conversationId,
      ok: outcome.ok,
      ...(outcome.ok ? { statusCode: outcome.statusCode } : {}),
      message,
    }),
  );
  cardCacheOf(ctx).forget(row.id, subject.customer.id);
  await addMessage(
    ctx,
    caller,
    input.conversationId,
    AddMessageRequest.parse({ direction: 'note', body: actionNote(prepared.label, row.name, outcome) }),
  );
  if (outcome.ok && input.promiseId) {
    // Settled meanwhile (kept by hand, cancelled): the action still happened, the note says so; nothing to keep.
    await keepPromiseByAction(ctx, caller, input.promiseId, { connectorId: row.id, action: params.actionKey }).catch(
      (error: unknown) => {
        if (!(error instanceof AppError && error.code === 'conflict')) throw error;
      },
    );
  }
  return { ok: outcome.ok, message };
}
