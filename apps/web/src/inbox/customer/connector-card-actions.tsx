import { CONNECTOR_API, RunCardActionResponse, type CardAction } from '@sincere/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiSend } from '../../api/client';
import { useErrorText } from '../../api/use-error-text';
import { BusyButton } from '../../ui/busy-button';
import { useConfirm } from '../../ui/confirm-dialog';

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
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  const run = async (action: CardAction) => {
    const confirmed = await confirm({
      title: action.label,
      body: action.confirm ?? t('connectors.cards.confirmAction', { label: action.label }),
      confirmLabel: action.label,
    });
    if (!confirmed) return;
    setRunning(action.id);
    setResult(null);
    try {
      const answer = await apiSend(
        'POST',
        CONNECTOR_API.runCardAction(customerId, connectorId, encodeURIComponent(action.id)),
        { conversationId, confirm: true, ...(action.payload ? { payload: action.payload } : {}) },
        RunCardActionResponse,
      );
      const text = !answer.ok
        ? t('connectors.cards.actionFailed', { label: action.label, message: answer.message })
        : answer.message
          ? t('connectors.cards.actionDone', { label: action.label, message: answer.message })
          : t('connectors.cards.actionDoneSilently', { label: action.label });
      setResult({ ok: answer.ok, text });
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
            onClick={() => void run(action)}
          >
            <bdi>{action.label}</bdi>
          </BusyButton>
        ))}
      </div>
      <p role="status" className={result?.ok === false ? 'field__error' : 'field__hint'} dir="auto">
        {result?.text ?? ''}
      </p>
    </div>
  );
}
