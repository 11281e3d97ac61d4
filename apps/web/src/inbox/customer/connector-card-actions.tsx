import { CONNECTOR_API, RunCardActionResponse, type AgentPromise, type CardAction } from '@sincere/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiSend } from '../../api/client';
import { useErrorText } from '../../api/use-error-text';
import { BusyButton } from '../../ui/busy-button';
import { useConfirm } from '../../ui/confirm-dialog';
import { notifyPromisesChanged } from '../promises/promise-changes';
import { listConversationPromises } from '../promises/promises-api';
import { ActionConfirmDialog, type ActionConfirmRequest } from './action-confirm-dialog';
import { cardActionRequest, unsettledPromises } from './action-promises';

interface CardActionsProps {
  actions: readonly CardAction[];
  customerId: string;
  connectorId: string;
  conversationId: string;
  /** The action ran (or failed in the company's system): the card is asked for again. */
  onRan: () => void;
}

/** The card's buttons: each asks to be confirmed, then runs; its result is said here and noted in the conversation. */
export function ConnectorCardActions({ actions, customerId, connectorId, conversationId, onRan }: CardActionsProps) {
  const { t } = useTranslation();
  const confirm = useConfirm();
  const errorText = useErrorText();
  const [running, setRunning] = useState<string | null>(null);
  const [preparing, setPreparing] = useState(false);
  const [choosing, setChoosing] = useState<ActionConfirmRequest | null>(null);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  const run = async (action: CardAction, promiseId: string | null) => {
    setRunning(action.id);
    setResult(null);
    try {
      const answer = await apiSend(
        'POST',
        CONNECTOR_API.runCardAction(customerId, connectorId, encodeURIComponent(action.id)),
        cardActionRequest(conversationId, action, promiseId),
        RunCardActionResponse,
      );
      const text = !answer.ok
        ? t('connectors.cards.actionFailed', { label: action.label, message: answer.message })
        : answer.message
          ? t('connectors.cards.actionDone', { label: action.label, message: answer.message })
          : t('connectors.cards.actionDoneSilently', { label: action.label });
      setResult({ ok: answer.ok, text });
      if (answer.ok && promiseId) notifyPromisesChanged(conversationId);
      onRan();
    } catch (error) {
      setResult({
        ok: false,
        text: t('connectors.cards.actionFailed', { label: action.label, message: errorText(error) }),
      });
    } finally {
      setRunning(null);
    }
  };

  /** Asks first: with a choice of the promise it keeps when the conversation has unsettled ones. */
  const ask = async (action: CardAction) => {
    // Not disabled while asking: a disabled button loses focus, and the dialog returns focus to it when it closes.
    if (preparing || running !== null) return;
    const body = action.confirm ?? t('connectors.cards.confirmAction', { label: action.label });
    setPreparing(true);
    let promises: AgentPromise[] = [];
    try {
      promises = unsettledPromises((await listConversationPromises(conversationId)).items);
    } catch {
      // Not knowing the promises must not block the action: it is confirmed as before, keeping none.
    } finally {
      setPreparing(false);
    }
    if (promises.length > 0) return setChoosing({ action, body, promises });
    if (await confirm({ title: action.label, body, confirmLabel: action.label })) await run(action, null);
  };

  const chosen = (choice: { promiseId: string | null } | null) => {
    // The dialog reports again as it closes: act on the first answer only.
    const request = choosing;
    setChoosing(null);
    if (request && choice) void run(request.action, choice.promiseId);
  };

  return (
    <div className="connector-card__actions">
      <div className="conversation-actions__buttons">
        {actions.map((action) => (
          <BusyButton
            key={action.id}
            type="button"
            className="button button--small"
            busy={running === action.id}
            busyLabel={t('connectors.cards.running')}
            disabled={running !== null}
            onClick={() => void ask(action)}
          >
            <bdi>{action.label}</bdi>
          </BusyButton>
        ))}
      </div>
      <p role="status" className={result?.ok === false ? 'field__error' : 'field__hint'} dir="auto">
        {result?.text ?? ''}
      </p>
      <ActionConfirmDialog request={choosing} onAnswer={chosen} />
    </div>
  );
}
