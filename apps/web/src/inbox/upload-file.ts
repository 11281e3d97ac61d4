import { API, Attachment, CSRF_HEADER } from '@sincere/contracts';
import { ApiError, toApiError, withQuery } from '../api/client';

export interface Upload {
  /** The stored attachment; rejects with an ApiError, or an AbortError after `abort()`. */
  done: Promise<Attachment>;
  abort: () => void;
}

/**
 * Sends one file as the request body, the way the API wants it (name in the query, the
 * file's type as Content-Type, the session's CSRF header). XMLHttpRequest rather than
 * fetch: only it reports how much of a request body has gone out.
 */
export function uploadFile(
  file: File,
  name: string,
  csrfToken: string | null,
  onProgress: (loaded: number) => void,
): Upload {
  const xhr = new XMLHttpRequest();
  const done = new Promise<Attachment>((resolve, reject) => {
    xhr.open('POST', withQuery(API.attachments, { name }));
    xhr.setRequestHeader('content-type', file.type || 'application/octet-stream');
    xhr.setRequestHeader('accept', 'application/json');
    if (csrfToken) xhr.setRequestHeader(CSRF_HEADER, csrfToken);
    xhr.upload.addEventListener('progress', (event) => onProgress(event.loaded));
    xhr.addEventListener('load', () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        const parsed = Attachment.safeParse(safeJson(xhr.responseText));
        if (parsed.success) resolve(parsed.data);
        else reject(new ApiError(xhr.status, 'invalid_response', 'Unexpected response from the server'));
        return;
      }
      if (xhr.status < 400 || xhr.status > 599) {
        reject(new ApiError(xhr.status, 'invalid_response', 'Unexpected response from the server'));
        return;
      }
      // The same reading of an error body as every other request.
      const headers = new Headers();
      const retryAfter = xhr.getResponseHeader('retry-after');
      if (retryAfter) headers.set('retry-after', retryAfter);
      const response = new Response(xhr.responseText || null, {
        status: xhr.status,
        statusText: xhr.statusText,
        headers,
      });
      void toApiError(response).then(reject, reject);
    });
    xhr.addEventListener('error', () => reject(new ApiError(0, 'network_error', 'Network error')));
    xhr.addEventListener('abort', () => reject(new DOMException('The upload was cancelled', 'AbortError')));
    xhr.send(file);
  });
  return { done, abort: () => xhr.abort() };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
