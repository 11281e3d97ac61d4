import { MAX_ATTACHMENTS_PER_MESSAGE } from '@sincere/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { isAbort } from '../api/describe-error';
import { useErrorText } from '../api/use-error-text';
import { useSignedIn } from '../session/session-context';
import { reduceUploads, type PendingFile, type UploadAction } from './upload-queue';
import { uploadFile, type Upload } from './upload-file';
import { formatFileSize } from './file-size';

export interface AttachmentUploads {
  files: readonly PendingFile[];
  /** Starts uploading each file at once; a sentence to show when some were refused, else null. */
  add: (picked: readonly File[]) => string | null;
  remove: (key: string) => void;
  /** Resolves once no upload is running, with the files as they are then. */
  settle: () => Promise<readonly PendingFile[]>;
  /** Forgets the files a message carried. */
  sent: (keys: readonly string[]) => void;
}

/** The files of the message being written: each uploads as soon as it is picked. */
export function useAttachmentUploads(): AttachmentUploads {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const { csrfToken, features } = useSignedIn().session;
  const tooLarge = () =>
    t('attachments.tooLarge', { limit: formatFileSize(features.maxAttachmentBytes, i18n.language) });
  const [files, setFiles] = useState<readonly PendingFile[]>([]);
  // The same list outside React's render cycle: settle() reads it right after the uploads end.
  const latest = useRef<readonly PendingFile[]>([]);
  const running = useRef(new Map<string, Upload>());

  const dispatch = useCallback((action: UploadAction) => {
    latest.current = reduceUploads(latest.current, action);
    setFiles(latest.current);
  }, []);

  useEffect(() => {
    const uploads = running.current;
    // Leaving the conversation drops its unsent files; the server purges what was uploaded.
    return () => uploads.forEach((upload) => upload.abort());
  }, []);

  const start = (key: string, file: File, name: string) => {
    const upload = uploadFile(file, name, csrfToken, (loaded) => dispatch({ type: 'progress', key, loaded }));
    running.current.set(key, upload);
    upload.done.then(
      (attachment) => {
        running.current.delete(key);
        dispatch({ type: 'uploaded', key, attachment });
      },
      (error: unknown) => {
        running.current.delete(key);
        if (isAbort(error)) return;
        const refused = error instanceof ApiError && error.status === 413;
        dispatch({ type: 'failed', key, error: refused ? tooLarge() : errorText(error) });
      },
    );
  };

  return {
    files,
    add: (picked) => {
      const room = MAX_ATTACHMENTS_PER_MESSAGE - latest.current.length;
      for (const file of picked.slice(0, Math.max(0, room))) {
        const key = crypto.randomUUID();
        // Some browsers give a pasted picture no name; the server needs one.
        const name = file.name || 'file';
        dispatch({ type: 'added', key, name, size: file.size });
        // Refused here without sending it: the server would refuse it only after the whole upload.
        if (file.size === 0) dispatch({ type: 'failed', key, error: t('attachments.emptyFile') });
        else if (file.size > features.maxAttachmentBytes) dispatch({ type: 'failed', key, error: tooLarge() });
        else start(key, file, name);
      }
      return picked.length > room ? t('attachments.tooMany', { limit: MAX_ATTACHMENTS_PER_MESSAGE }) : null;
    },
    remove: (key) => {
      running.current.get(key)?.abort();
      dispatch({ type: 'removed', key });
    },
    settle: async () => {
      // Files picked while waiting are waited for too.
      while (running.current.size > 0) {
        await Promise.allSettled([...running.current.values()].map((upload) => upload.done));
      }
      return latest.current;
    },
    sent: (keys) => dispatch({ type: 'sent', keys }),
  };
}
