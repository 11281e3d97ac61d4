import type { Attachment } from '@sincere/contracts';
import { describe, expect, it } from 'vitest';
import {
  isUploading,
  progressOf,
  reduceUploads,
  uploadedFiles,
  type PendingFile,
  type UploadAction,
} from './upload-queue';

const attachment = (id: string, fileName: string): Attachment => ({
  id,
  fileName,
  contentType: 'image/png',
  size: 100,
  url: `/api/v1/attachments/${id}`,
});
const run = (...actions: UploadAction[]) => actions.reduce<readonly PendingFile[]>(reduceUploads, []);

describe('the composer’s upload queue', () => {
  it('keeps files in the order picked, each uploading from zero', () => {
    const files = run(
      { type: 'added', key: 'a', name: 'photo.png', size: 100 },
      { type: 'added', key: 'b', name: 'invoice.pdf', size: 400 },
    );
    expect(files.map((file) => [file.name, file.state, progressOf(file)])).toEqual([
      ['photo.png', 'uploading', 0],
      ['invoice.pdf', 'uploading', 0],
    ]);
    expect(isUploading(files)).toBe(true);
  });

  it('moves the bar forward only, never past the file’s size', () => {
    const files = run(
      { type: 'added', key: 'a', name: 'big.zip', size: 400 },
      { type: 'progress', key: 'a', loaded: 300 },
      { type: 'progress', key: 'a', loaded: 100 },
    );
    expect(progressOf(files[0]!)).toBe(0.75);
    expect(
      progressOf(run({ type: 'added', key: 'a', name: 'x', size: 10 }, { type: 'progress', key: 'a', loaded: 12 })[0]!),
    ).toBe(1);
  });

  it('sends only the uploaded files, and says when others are still on their way', () => {
    const files = run(
      { type: 'added', key: 'a', name: 'photo.png', size: 100 },
      { type: 'added', key: 'b', name: 'huge.iso', size: 999 },
      { type: 'added', key: 'c', name: 'notes.txt', size: 10 },
      { type: 'uploaded', key: 'c', attachment: attachment('att-c', 'notes.txt') },
      { type: 'failed', key: 'b', error: 'Too large' },
      { type: 'uploaded', key: 'a', attachment: attachment('att-a', 'photo.png') },
    );
    expect(uploadedFiles(files)).toEqual({ keys: ['a', 'c'], attachmentIds: ['att-a', 'att-c'] });
    expect(isUploading(files)).toBe(false);
    expect(files[1]).toMatchObject({ state: 'failed', error: 'Too large' });
  });

  it('ignores news of a file already removed', () => {
    const files = run(
      { type: 'added', key: 'a', name: 'photo.png', size: 100 },
      { type: 'removed', key: 'a' },
      { type: 'progress', key: 'a', loaded: 50 },
      { type: 'uploaded', key: 'a', attachment: attachment('att-a', 'photo.png') },
    );
    expect(files).toEqual([]);
  });

  it('after sending, keeps the files picked while the message was on its way', () => {
    const files = run(
      { type: 'added', key: 'a', name: 'photo.png', size: 100 },
      { type: 'uploaded', key: 'a', attachment: attachment('att-a', 'photo.png') },
      { type: 'added', key: 'b', name: 'later.txt', size: 10 },
      { type: 'sent', keys: ['a'] },
    );
    expect(files.map((file) => file.key)).toEqual(['b']);
  });
});
