import type { AgentPromise, CardAction } from '@sincere/contracts';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../ui/modal';
import { formatDue } from '../promises/promise-format';

export interface ActionConfirmRequest {
  action: CardAction;
  /** The question shown above the choice. */
  body: string;
  /** Unsettled promises of the conversation, in the order offered. */
  promises: readonly AgentPromise[];
}

interface DialogProps {
  request: ActionConfirmRequest | null;
  /** The agent's answer: null when they cancelled (Escape, Cancel); called again as the dialog closes. */
  onAnswer: (answer: { promiseId: string | null } | null) => void;
}

/** Confirms a card action that may keep one of the conversation's promises; "None" is the default. */
export function ActionConfirmDialog({ request, onAnswer }: DialogProps) {
  return (
    <Modal open={request !== null} title={request?.action.label ?? ''} onClose={() => onAnswer(null)}>
      {request ? <ActionConfirmForm request={request} onAnswer={onAnswer} /> : null}
    </Modal>
  );
}

/** The dialog's content; exported so it can be rendered without a browser's <dialog>. */
export function ActionConfirmForm({
  request,
  onAnswer,
}: { request: ActionConfirmRequest } & Pick<DialogProps, 'onAnswer'>) {
  const { t, i18n } = useTranslation();
  const name = useId();
  const [promiseId, setPromiseId] = useState<string | null>(null);
  const now = new Date();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onAnswer({ promiseId });
  };

  // A form, so Enter on the choice confirms; the radios are one Tab stop, arrows move between them.
  return (
    <form onSubmit={submit}>
      <p className="dialog__body">{request.body}</p>
      <fieldset className="choice-group" data-testid="action-promise-choice">
        <legend className="choice-group__legend">{t('promises.action.keeps')}</legend>
        <label className="choice">
          <input type="radio" name={name} value="" checked={promiseId === null} onChange={() => setPromiseId(null)} />
          <span className="choice__label">{t('promises.action.none')}</span>
        </label>
        {request.promises.map((promise) => (
          <label key={promise.id} className="choice">
            <input
              type="radio"
              name={name}
              value={promise.id}
              checked={promiseId === promise.id}
              onChange={() => setPromiseId(promise.id)}
            />
            <span>
              <bdi className="choice__label" dir="auto">
                {promise.what}
              </bdi>
              <span className="field__hint choice__hint">
                {t(promise.status === 'broken' ? 'promises.action.wasDue' : 'promises.action.due', {
                  due: formatDue(promise.dueAt, i18n.language, now),
                })}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={() => onAnswer(null)}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button--primary">
          {request.action.label}
        </button>
      </div>
    </form>
  );
}
