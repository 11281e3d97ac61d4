import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A file sent to the fake, from a multipart request. */
export interface SentFile {
  fileName: string;
  bytes: Buffer;
}

/** One Bot API call as the fake received it; multipart fields are strings, `attach://` fields become files. */
export interface BotApiCall {
  token: string;
  method: string;
  params: Record<string, unknown>;
  files: Record<string, SentFile>;
}

interface Failure {
  method: string;
  errorCode: number;
  description: string;
}

interface Waiter {
  wake: () => void;
}

/**
 * A stand-in for api.telegram.org over node:http, for tests: answers the methods the Telegram channel calls,
 * serves files tests add, hands out updates tests queue (confirmed by getUpdates' offset, as Telegram does), and
 * records every call so tests can assert what was sent.
 */
export class FakeBotApi {
  readonly calls: BotApiCall[] = [];
  /** By bot token: each bot has its own updates. */
  private readonly pending = new Map<string, { update_id: number }[]>();
  private readonly everQueued = new Map<string, { update_id: number }[]>();
  private readonly files = new Map<string, { filePath: string; bytes: Buffer }>();
  private readonly failures: Failure[] = [];
  private waiters = new Set<Waiter>();
  private nextMessageId = 1000;

  private constructor(
    private readonly server: Server,
    readonly apiRoot: string,
  ) {}

  static async start(): Promise<FakeBotApi> {
    let fake: FakeBotApi | null = null;
    const server = createServer((request, response) => {
      if (!fake) return void response.writeHead(503).end();
      fake.answer(request, response).catch((error: unknown) => {
        response.writeHead(500).end(String(error));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    fake = new FakeBotApi(server, `http://127.0.0.1:${port}`);
    return fake;
  }

  /** Updates the bot's getUpdates hands out until an offset past them confirms them. */
  queueUpdates(token: string, ...updates: { update_id: number }[]): void {
    this.pending.set(token, [...(this.pending.get(token) ?? []), ...updates]);
    this.everQueued.set(token, [...(this.everQueued.get(token) ?? []), ...updates]);
    for (const waiter of this.waiters) waiter.wake();
  }

  /** As after a crash before the offset reached Telegram: every update queued for the bot is handed out again. */
  forgetConfirmations(token: string): void {
    this.pending.set(token, [...(this.everQueued.get(token) ?? [])]);
  }

  addFile(fileId: string, filePath: string, bytes: Buffer): void {
    this.files.set(fileId, { filePath, bytes });
  }

  /** The next call of `method` fails as Telegram would, with this error code and description. */
  failNext(method: string, errorCode: number, description: string): void {
    this.failures.push({ method, errorCode, description });
  }

  callsOf(method: string): BotApiCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  async close(): Promise<void> {
    for (const waiter of this.waiters) waiter.wake();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.apiRoot);
    const download = /^\/file\/bot([^/]+)\/(.+)$/.exec(url.pathname);
    if (download) {
      const file = [...this.files.values()].find((candidate) => candidate.filePath === download[2]);
      if (!file) return void response.writeHead(404).end();
      return void response.writeHead(200, { 'content-length': file.bytes.byteLength }).end(file.bytes);
    }
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
    if (!match?.[1] || !match[2]) return void response.writeHead(404).end();
    const [, token, method] = match;
    const { params, files } = await readParams(request);
    this.calls.push({ token, method, params, files });
    const failure = this.failures.findIndex((candidate) => candidate.method === method);
    if (failure >= 0) {
      const [{ errorCode, description }] = this.failures.splice(failure, 1) as [Failure];
      return send(response, errorCode, { ok: false, error_code: errorCode, description });
    }
    const result = await this.result(token, method, params, request);
    if (result === undefined) {
      return send(response, 404, { ok: false, error_code: 404, description: 'Not Found: method not found' });
    }
    if (result instanceof Refusal) {
      return send(response, 400, { ok: false, error_code: 400, description: result.description });
    }
    send(response, 200, { ok: true, result });
  }

  private async result(
    token: string,
    method: string,
    params: Record<string, unknown>,
    request: IncomingMessage,
  ): Promise<unknown> {
    const botId = Number(token.split(':')[0]);
    switch (method) {
      case 'getMe':
        return { id: botId, is_bot: true, first_name: 'Support bot', username: `support${botId}_bot` };
      case 'setWebhook':
      case 'deleteWebhook':
        return true;
      case 'getFile': {
        const fileId = String(params.file_id);
        const file = this.files.get(fileId);
        if (!file) return new Refusal('Bad Request: invalid file_id');
        return { file_id: fileId, file_unique_id: fileId, file_size: file.bytes.byteLength, file_path: file.filePath };
      }
      case 'getUpdates':
        return this.updatesFrom(token, params, request);
      case 'sendMessage':
      case 'sendPhoto':
      case 'sendDocument':
        this.nextMessageId += 1;
        return {
          message_id: this.nextMessageId,
          date: Math.floor(Date.now() / 1000),
          chat: { id: Number(params.chat_id), type: 'private' },
          ...(typeof params.text === 'string' ? { text: params.text } : {}),
        };
      default:
        return undefined;
    }
  }

  /** Like Telegram: an offset confirms every update before it; with none waiting, holds until one comes. */
  private async updatesFrom(
    token: string,
    params: Record<string, unknown>,
    request: IncomingMessage,
  ): Promise<unknown[]> {
    const offset = params.offset === undefined ? null : Number(params.offset);
    const waiting = () => this.pending.get(token) ?? [];
    if (offset !== null)
      this.pending.set(
        token,
        waiting().filter((update) => update.update_id >= offset),
      );
    if (waiting().length === 0) {
      const seconds = Math.min(Number(params.timeout ?? 0), 5);
      await new Promise<void>((resolve) => {
        const waiter: Waiter = { wake: () => done() };
        const timer = setTimeout(() => done(), seconds * 1000);
        const done = () => {
          clearTimeout(timer);
          this.waiters.delete(waiter);
          request.off('close', done);
          resolve();
        };
        this.waiters.add(waiter);
        request.once('close', done);
      });
    }
    return waiting().slice(0, 100);
  }
}

class Refusal {
  constructor(readonly description: string) {}
}

function send(response: ServerResponse, status: number, body: unknown): void {
  if (response.destroyed) return;
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

async function readParams(
  request: IncomingMessage,
): Promise<{ params: Record<string, unknown>; files: Record<string, SentFile> }> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  const type = request.headers['content-type'] ?? '';
  const query = Object.fromEntries(new URL(request.url ?? '/', 'http://fake').searchParams);
  if (body.length === 0) return { params: query, files: {} };
  if (type.startsWith('application/json'))
    return { params: JSON.parse(body.toString('utf8')) as Record<string, unknown>, files: {} };
  const boundary = /boundary=(.+)$/.exec(type)?.[1];
  if (!boundary) return { params: query, files: {} };
  return readMultipart(body, boundary);
}

/** grammY's multipart (unquoted file names, no spaces after colons), which undici's FormData parser refuses. */
function readMultipart(
  body: Buffer,
  boundary: string,
): { params: Record<string, unknown>; files: Record<string, SentFile> } {
  const params: Record<string, unknown> = {};
  const attached: Record<string, SentFile> = {};
  const delimiter = Buffer.from(`--${boundary}`);
  let at = body.indexOf(delimiter);
  while (at >= 0) {
    const start = at + delimiter.length + 2;
    const next = body.indexOf(delimiter, start);
    if (next < 0) break;
    const part = body.subarray(start, next - 2);
    const split = part.indexOf('\r\n\r\n');
    const headers = part.subarray(0, split).toString('utf8');
    const content = part.subarray(split + 4);
    const name = /name="([^"]+)"/i.exec(headers)?.[1];
    const fileName = /filename="?([^"\r\n]+)"?/i.exec(headers)?.[1];
    if (name && fileName !== undefined) attached[name] = { fileName, bytes: Buffer.from(content) };
    else if (name) params[name] = content.toString('utf8');
    at = next;
  }
  // Fields name their files as attach://<part>: the file takes the field's name.
  const files: Record<string, SentFile> = {};
  for (const [key, value] of Object.entries(params)) {
    const part = typeof value === 'string' && value.startsWith('attach://') ? attached[value.slice(9)] : undefined;
    if (part) files[key] = part;
  }
  return { params, files };
}
