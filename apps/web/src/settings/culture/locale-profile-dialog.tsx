import { ETIQUETTE_API, type LocaleProfileEntry } from '@sincere/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiSendEmpty } from '../../api/client';
import { useErrorText } from '../../api/use-error-text';
import { BusyButton } from '../../ui/busy-button';
import { useConfirm } from '../../ui/confirm-dialog';
import { Modal } from '../../ui/modal';
import { useToast } from '../../ui/toast-context';
import { versionOf } from './culture-draft';
import { LocaleProfileForm } from './locale-profile-form';

interface LocaleProfileDialogProps {
  /** The profile opened; null closes the dialog. */
  entry: LocaleProfileEntry | null;
  editable: boolean;
  onSaved: (entry: LocaleProfileEntry) => void;
  /** The account's version is gone: Sincere's applies again, or the account's own locale is deleted. */
  onRestored: () => void;
  onClose: () => void;
}

export function LocaleProfileDialog({ entry, editable, onSaved, onRestored, onClose }: LocaleProfileDialogProps) {
  const { t } = useTranslation();
  const name = entry?.profile.name ?? '';
  return (
    <Modal open={entry !== null} title={editable ? t('cultureSettings.editTitle', { name }) : name} onClose={onClose}>
      {entry ? (
        <div className="editor-dialog editor-dialog--wide" key={entry.profile.locale}>
          <p className="muted">
            {t('cultureSettings.localeIs')} <code>{entry.profile.locale}</code>
            {' · '}
            {t(`cultureSettings.versions.${versionOf(entry)}`)}
          </p>
          <LocaleProfileForm entry={entry} editable={editable} onSaved={onSaved} onCancel={onClose} />
          {editable && versionOf(entry) !== 'shipped' ? <RestoreProfile entry={entry} onRestored={onRestored} /> : null}
        </div>
      ) : null}
    </Modal>
  );
}

/** Drops the account's version of a profile, after asking: Sincere's comes back (an own locale is gone). */
function RestoreProfile({ entry, onRestored }: { entry: LocaleProfileEntry; onRestored: () => void }) {
  const { t } = useTranslation();
  const confirm = useConfirm();
  const toast = useToast();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  // Said in the dialog: the page's toasts are inert behind it.
  const [failure, setFailure] = useState<string | null>(null);
  const { locale, name } = entry.profile;
  // A locale Sincere does not ship has nothing to go back to: deleting it is what the same request does.
  const texts = versionOf(entry) === 'own' ? 'delete' : 'restore';

  const restore = async () => {
    const ok = await confirm({
      title: t(`cultureSettings.${texts}.title`, { name }),
      body: t(`cultureSettings.${texts}.body`, { name }),
      confirmLabel: t(`cultureSettings.${texts}.confirm`),
      danger: true,
    });
    if (!ok) return;
    setBusy(true);
    setFailure(null);
    try {
      await apiSendEmpty('DELETE', ETIQUETTE_API.localeProfile(locale));
      toast.success(t(`cultureSettings.${texts}.done`, { name }));
      onRestored();
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="form__group" aria-labelledby={`restore-${locale}`}>
      <h3 id={`restore-${locale}`} className="panel__title">
        {t(`cultureSettings.${texts}.heading`)}
      </h3>
      <p className="field__hint">{t(`cultureSettings.${texts}.hint`)}</p>
      {failure ? (
        <p className="form__error" role="alert">
          {failure}
        </p>
      ) : null}
      <p>
        <BusyButton
          type="button"
          className="button button--danger-quiet"
          busy={busy}
          busyLabel={t(`cultureSettings.${texts}.busy`)}
          onClick={() => void restore()}
        >
          {t(`cultureSettings.${texts}.button`)}
        </BusyButton>
      </p>
    </section>
  );
}
