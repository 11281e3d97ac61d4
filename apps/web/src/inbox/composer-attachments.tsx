import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFileSize } from './file-size';
import { progressOf, type PendingFile } from './upload-queue';

/** "Attach files": a labelled button in front of a real multiple file input. */
export function AttachButton({ disabled, onFiles }: { disabled: boolean; onFiles: (files: File[]) => void }) {
  const { t } = useTranslation();
  const inputRef = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className="button button--quiet"
        disabled={disabled}
        onClick={() => inputRef.current?.click()}
      >
        {t('attachments.attach')}
      </button>
      <input
        ref={inputRef}
        type="file"
        multiple
        hidden
        aria-label={t('attachments.attach')}
        onChange={(event) => {
          onFiles([...(event.target.files ?? [])]);
          // The same file may be picked again after it was removed.
          event.target.value = '';
        }}
      />
    </>
  );
}

/** The files going with the message: name, size, progress, and a way to take each out. */
export function PendingFiles({ files, onRemove }: { files: readonly PendingFile[]; onRemove: (key: string) => void }) {
  const { t, i18n } = useTranslation();
  if (files.length === 0) return null;
  return (
    <ul className="pending-files" aria-label={t('attachments.pending')}>
      {files.map((file) => (
        <li key={file.key} className={`pending-file pending-file--${file.state}`}>
          <bdi dir="auto" className="pending-file__name">
            {file.name}
          </bdi>
          <span className="pending-file__size">{formatFileSize(file.size, i18n.language)}</span>
          {file.state === 'uploading' ? (
            <progress
              className="pending-file__progress"
              max={100}
              value={Math.round(progressOf(file) * 100)}
              aria-label={t('attachments.uploading', { name: file.name })}
            />
          ) : null}
          {file.state === 'uploaded' ? <span className="pending-file__state">{t('attachments.uploaded')}</span> : null}
          {file.state === 'failed' ? (
            <span className="pending-file__error" role="alert">
              {file.error}
            </span>
          ) : null}
          <button
            type="button"
            className="button button--quiet button--small pending-file__remove"
            aria-label={t('attachments.remove', { name: file.name })}
            onClick={() => onRemove(file.key)}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
