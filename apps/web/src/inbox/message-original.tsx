import { EMAIL_API, MessageOriginal } from '@sincere/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet } from '../api/client';
import { useErrorText } from '../api/use-error-text';
import { useResource } from '../api/use-resource';
import { BusyButton } from '../ui/busy-button';

/** "Show original" under an inbound email: what reply separation set aside, fetched the first time it is opened. */
export function MessageOriginalToggle({ messageId }: { messageId: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  // Fetched once, on the first opening; closing and opening again shows the same copy.
  const [requested, setRequested] = useState(false);
  const original = useResource(
    (signal) =>
      requested ? apiGet(EMAIL_API.messageOriginal(messageId), MessageOriginal, signal) : Promise.resolve(null),
    [messageId, requested],
  );
  const loading = requested && original.loading;

  return (
    <div className="message__original">
      <BusyButton
        type="button"
        className="button button--quiet button--small"
        busy={loading}
        busyLabel={t('original.loading')}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setRequested(true);
          setOpen((was) => !was);
        }}
      >
        {open ? t('original.hide') : t('original.show')}
      </BusyButton>
      <div id={panelId} hidden={!open}>
        {open && original.error ? (
          <p className="form__error" role="alert">
            {errorText(original.error)}
          </p>
        ) : null}
        {open && original.data ? <OriginalContent original={original.data} /> : null}
      </div>
    </div>
  );
}

/**
 * The quoted part as text, and the HTML version. The HTML is sanitised by the server, and is still
 * shown only in a frame sandboxed with no permissions at all: no scripts, no forms, no navigation
 * of this page, and an origin of its own, so nothing in it can reach the app.
 */
export function OriginalContent({ original }: { original: MessageOriginal }) {
  const { t } = useTranslation();
  return (
    <>
      {original.quoted ? (
        <>
          <h3 className="message__original-title">{t('original.quoted')}</h3>
          <pre className="message__original-text" dir="auto">
            {original.quoted}
          </pre>
        </>
      ) : null}
      {original.html !== null ? (
        <>
          <h3 className="message__original-title">{t('original.html')}</h3>
          <iframe
            className="message__original-html"
            title={t('original.htmlFrame')}
            sandbox=""
            referrerPolicy="no-referrer"
            srcDoc={original.html}
          />
        </>
      ) : (
        <>
          <h3 className="message__original-title">{t('original.text')}</h3>
          <pre className="message__original-text" dir="auto">
            {original.text}
          </pre>
        </>
      )}
    </>
  );
}
