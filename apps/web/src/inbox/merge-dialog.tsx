import { API, ConversationDetail, MergeConversationsRequest } from '@sincere/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiSend } from '../api/client';
import { useErrorText } from '../api/use-error-text';
import { useResource } from '../api/use-resource';
import { validate } from '../forms/validate';
import { useDateFormat } from '../i18n/format';
import { BusyButton } from '../ui/busy-button';
import { Modal } from '../ui/modal';
import { useToast } from '../ui/toast-context';
import { isolate } from './bidi';
import { findCustomerConversations, mergeTargets } from './customer-conversations';
import { useOpenConversation } from './use-open-conversation';

interface Props {
  open: boolean;
  detail: Pick<ConversationDetail, 'id' | 'customer'>;
  onClose: () => void;
}

/** Merges the open conversation into another of the same customer, then opens that one. */
export function MergeDialog({ open, detail, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal open={open} title={t('merge.title')} onClose={onClose}>
      <MergeForm detail={detail} onClose={onClose} />
    </Modal>
  );
}

function MergeForm({ detail, onClose }: Omit<Props, 'open'>) {
  const { t } = useTranslation();
  const id = useId();
  const errorText = useErrorText();
  const format = useDateFormat();
  const toast = useToast();
  const { open } = useOpenConversation();
  const found = useResource((signal) => findCustomerConversations(detail.customer.id, signal), [detail.customer.id]);
  const [targetId, setTargetId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const targets = found.data ? mergeTargets(found.data.items, detail.id) : [];

  const submit = async () => {
    if (!targetId) return setError(t('merge.choose'));
    const checked = validate(MergeConversationsRequest, { sourceId: detail.id });
    if (!checked.ok) return;
    setBusy(true);
    setError(null);
    try {
      await apiSend('POST', API.conversationMerge(targetId), checked.data, ConversationDetail);
      toast.success(t('merge.done'));
      onClose();
      open(targetId);
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setBusy(false);
    }
  };

  let choices;
  if (found.error && !found.data) {
    choices = (
      <p className="form__error" role="alert">
        {errorText(found.error)}
      </p>
    );
  } else if (!found.data) {
    choices = <p className="muted">{t('common.loading')}</p>;
  } else if (targets.length === 0) {
    choices = <p className="muted">{t('merge.none', { name: isolate(detail.customer.name) })}</p>;
  } else {
    choices = (
      <fieldset className="choice-group merge__choices">
        <legend className="choice-group__legend">{t('merge.legend', { name: isolate(detail.customer.name) })}</legend>
        {targets.map((target, index) => (
          <label key={target.id} className="choice merge__choice">
            <input
              type="radio"
              name={`${id}-target`}
              value={target.id}
              checked={targetId === target.id}
              onChange={() => setTargetId(target.id)}
              autoFocus={index === 0}
            />
            <span>
              <span dir="auto" className="choice__label">
                {target.subject ?? t('inbox.noSubject')}
              </span>
              <span className="field__hint choice__hint merge__meta">
                <span className={`badge badge--${target.status}`}>{t(`conversationStatus.${target.status}`)}</span>
                <span>
                  {t('merge.lastActivity', { time: format.dateTime(target.lastMessageAt ?? target.createdAt) })}
                </span>
              </span>
            </span>
          </label>
        ))}
      </fieldset>
    );
  }

  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <p className="dialog__body">{t('merge.explain')}</p>
      {choices}
      {found.data && !found.data.complete ? <p className="field__hint">{t('merge.partial')}</p> : null}
      {error ? (
        <p className="form__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <BusyButton
          type="submit"
          className="button button--primary"
          busy={busy}
          busyLabel={t('merge.busy')}
          disabled={targets.length === 0}
        >
          {t('merge.submit')}
        </BusyButton>
      </div>
    </form>
  );
}
