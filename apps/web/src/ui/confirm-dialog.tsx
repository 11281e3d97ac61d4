import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from './modal';

export interface ConfirmOptions {
  title: string;
  body: string;
  confirmLabel: string;
  /** Styles the confirm button as destructive. */
  danger?: boolean;
}

type Confirm = (options: ConfirmOptions) => Promise<boolean>;

const ConfirmContext = createContext<Confirm | null>(null);

/** One confirmation dialog for the whole app: `if (await confirm({...})) …`. */
export function ConfirmProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [request, setRequest] = useState<{ options: ConfirmOptions; resolve: (answer: boolean) => void } | null>(null);

  const confirm = useCallback<Confirm>(
    (options) => new Promise<boolean>((resolve) => setRequest({ options, resolve })),
    [],
  );
  const finish = (answer: boolean) => {
    request?.resolve(answer);
    setRequest(null);
  };

  return (
    <ConfirmContext.Provider value={confirm}>
      {children}
      <Modal open={request !== null} title={request?.options.title ?? ''} onClose={() => finish(false)}>
        <p className="dialog__body">{request?.options.body}</p>
        <div className="dialog__actions">
          {/* Cancel comes first, so the safe choice has the initial focus. */}
          <button type="button" className="button" onClick={() => finish(false)}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className={request?.options.danger ? 'button button--danger' : 'button button--primary'}
            onClick={() => finish(true)}
          >
            {request?.options.confirmLabel}
          </button>
        </div>
      </Modal>
    </ConfirmContext.Provider>
  );
}

export function useConfirm(): Confirm {
  const confirm = useContext(ConfirmContext);
  if (!confirm) throw new Error('useConfirm needs a ConfirmProvider');
  return confirm;
}
