import type { Attachment } from '@sincere/contracts';

/** A file picked for the message being written, from the moment it is chosen until the message is sent. */
export type PendingFile = { key: string; name: string; size: number } & (
  | { state: 'uploading'; loaded: number }
  | { state: 'uploaded'; attachment: Attachment }
  | { state: 'failed'; error: string }
);

export type UploadAction =
  | { type: 'added'; key: string; name: string; size: number }
  | { type: 'progress'; key: string; loaded: number }
  | { type: 'uploaded'; key: string; attachment: Attachment }
  | { type: 'failed'; key: string; error: string }
  /** Forgotten here only: the server purges uploads never attached. */
  | { type: 'removed'; key: string }
  /** These went out with a message; files added meanwhile stay. */
  | { type: 'sent'; keys: readonly string[] };

/** The composer's files, in the order they were picked. */
export function reduceUploads(files: readonly PendingFile[], action: UploadAction): readonly PendingFile[] {
  switch (action.type) {
    case 'added':
      return [...files, { key: action.key, name: action.name, size: action.size, state: 'uploading', loaded: 0 }];
    case 'progress':
      return files.map((file) =>
        // Late events of a finished upload, or ones arriving out of order, never move the bar back.
        file.key === action.key && file.state === 'uploading' && action.loaded > file.loaded
          ? { ...file, loaded: Math.min(action.loaded, file.size) }
          : file,
      );
    case 'uploaded':
      return files.map((file) =>
        file.key === action.key
          ? { key: file.key, name: file.name, size: file.size, state: 'uploaded', attachment: action.attachment }
          : file,
      );
    case 'failed':
      return files.map((file) =>
        file.key === action.key
          ? { key: file.key, name: file.name, size: file.size, state: 'failed', error: action.error }
          : file,
      );
    case 'removed':
      return files.filter((file) => file.key !== action.key);
    case 'sent': {
      const sent = new Set(action.keys);
      return files.filter((file) => !sent.has(file.key));
    }
  }
}

export const isUploading = (files: readonly PendingFile[]): boolean => files.some((file) => file.state === 'uploading');

/** What a message can carry now: the uploaded files, in order. */
export function uploadedFiles(files: readonly PendingFile[]): { keys: string[]; attachmentIds: string[] } {
  const done = files.flatMap((file) => (file.state === 'uploaded' ? [file] : []));
  return { keys: done.map((file) => file.key), attachmentIds: done.map((file) => file.attachment.id) };
}

/** 0…1 for a progress bar; an empty file counts as done. */
export function progressOf(file: PendingFile): number {
  if (file.state !== 'uploading') return 1;
  return file.size === 0 ? 1 : file.loaded / file.size;
}
