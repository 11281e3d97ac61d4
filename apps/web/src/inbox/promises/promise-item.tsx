import type { AgentPromise } from '@sincere/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../api/use-error-text';
import { BusyButton } from '../../ui/busy-button';
import { useToast } from '../../ui/toast-context';
import { formatDueForBoth, promiseBadge } from './promise-format';
import { keepPromise } from './promises-api';

interface Props {
  promise: AgentPromise;
  customerTimeZone: string | null;
  canWrite: boolean;
  onChanged: () => void;
  onEdit: (promise: AgentPromise) => void;
  onCancel: (promise: AgentPromise) => void;
}

/** One promise: its state, what and when, whose; Keep, Edit and Cancel while it is unsettled. */
export function PromiseItem({ promise, customerTimeZone, canWrite, onChanged, onEdit, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const errorText = useErrorText();
  const [keeping, setKeeping] = useState(false);
  const badge = promiseBadge(promise, new Date());
  const due = formatDueForBoth(promise.dueAt, i18n.language, customerTimeZone);
  const unsettled = promise.status === 'open' || promise.status === 'broken';

  const keep = async () => {
    setKeeping(true);
    try {
      await keepPromise(promise.id);
      toast.success(t('promises.section.kept'));
      onChanged();
    } catch (error) {
      toast.error(errorText(error));
    } finally {
      setKeeping(false);
    }
  };

  return (
    <li
      className={`promise-item promise-item--${promise.status}`}
      data-testid="promise-item"
      data-status={promise.status}
      data-badge={badge}
    >
      <p className="promise-item__what">
        <span className={`badge badge--promise-${badge}`}>{t(`promises.status.${badge}`)}</span>{' '}
        <span dir="auto">{promise.what}</span>
      </p>
      <p className="promise-item__meta">
        <time className="promise-item__due" dateTime={promise.dueAt}>
          {t('promises.section.due', { due: due.agent })}
          {due.customer ? ` (${t('promises.check.customerTime', { time: due.customer })})` : ''}
        </time>
        <bdi>{t('promises.section.owner', { name: promise.owner.name })}</bdi>
        {promise.status === 'kept' && promise.keptAt ? (
          <span>
            {t('promises.section.keptAt', { time: formatDueForBoth(promise.keptAt, i18n.language, null).agent })}
          </span>
        ) : null}
        {promise.status === 'cancelled' && promise.cancelReason ? (
          <span dir="auto">{t('promises.section.cancelReason', { reason: promise.cancelReason })}</span>
        ) : null}
      </p>
      {canWrite && unsettled ? (
        <div className="promise-item__actions">
          <BusyButton
            type="button"
            className="button button--small"
            busy={keeping}
            aria-label={t('promises.section.keepLabel', { what: promise.what })}
            onClick={() => void keep()}
          >
            {t('promises.section.keep')}
          </BusyButton>
          <button
            type="button"
            className="button button--small button--quiet"
            disabled={keeping}
            aria-label={t('promises.section.editLabel', { what: promise.what })}
            onClick={() => onEdit(promise)}
          >
            {t('promises.section.edit')}
          </button>
          <button
            type="button"
            className="button button--small button--danger-quiet"
            disabled={keeping}
            aria-label={t('promises.section.cancelLabel', { what: promise.what })}
            onClick={() => onCancel(promise)}
          >
            {t('promises.section.cancel')}
          </button>
        </div>
      ) : null}
    </li>
  );
}
