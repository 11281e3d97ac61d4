import { resolve } from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

/** Every environment variable Sincere reads. README's table lists the same ones. */
export const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  /** PostgreSQL connection string. Unset: the embedded PGlite database in SINCERE_DATA_DIR. */
  DATABASE_URL: z.string().url().optional(),
  SINCERE_DATA_DIR: z.string().default('.data'),
  /** The embedded database's page cache. 64MB keeps a small team's server near 350 MiB; raise it for large histories. */
  SINCERE_PGLITE_SHARED_BUFFERS: z
    .string()
    .regex(/^\d+(kB|MB|GB)$/, 'A size such as 64MB')
    .default('64MB'),
  /** Redis for realtime deltas between several server processes. Unset: one process, deltas stay in it. */
  REDIS_URL: z.string().url().optional(),
  /** The address people open; used in invitation links and to decide on Secure cookies. */
  PUBLIC_URL: z.string().url().optional(),
  /** Seed the demo workspace when the database has no account yet. */
  SINCERE_DEMO: bool.default(true),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(24 * 14),
  /** Run job workers in this process (off for pure web processes when workers run apart). */
  SINCERE_WORKERS: bool.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Largest attachment accepted, in megabytes. */
  SINCERE_MAX_ATTACHMENT_MB: z.coerce.number().int().min(1).max(1024).default(25),
  /** S3-compatible storage for attachments. Unset: files are kept under SINCERE_DATA_DIR/attachments. */
  S3_BUCKET: z.string().min(1).optional(),
  S3_ENDPOINT: z.string().url().optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** Path-style addresses (http://host/bucket/key), as MinIO and most self-hosted stores need. */
  S3_FORCE_PATH_STYLE: bool.default(true),
  /** Outgoing mail (forwarding a conversation): smtp://user:pass@host:port or smtps://… Unset: forwarding is off. */
  SMTP_URL: z.string().url().optional(),
  /** The From address of outgoing mail. */
  MAIL_FROM: z.string().min(3).default('Sincere <sincere@localhost>'),
  /** The built-in SMTP receiver for inbound mail (e.g. 2525, or 25 behind a firewall). Unset: not started. */
  SMTP_RECEIVER_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  SMTP_RECEIVER_HOST: z.string().default('0.0.0.0'),
  /** Largest inbound email accepted, in megabytes. */
  SMTP_RECEIVER_MAX_MB: z.coerce.number().int().min(1).max(200).default(30),
  /** The Telegram Bot API's address; tests point it at a local stand-in. */
  TELEGRAM_API_ROOT: z.string().url().default('https://api.telegram.org'),
  /**
   * Seals connector secrets (header values, signing secrets; AES-256-GCM): 32 bytes as 64 hex characters or
   * base64. Unset: <SINCERE_DATA_DIR>/secret.key, made on first use. Read by modules/connectors/connector-key.ts,
   * which checks it at start-up.
   */
  SINCERE_SECRET_KEY: z.string().optional(),
  /** Requests a widget visitor may make per minute (per visitor, and ten times that per IP address). */
  WIDGET_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100000).default(120),
  /** How often workers look for promise reminders, broken promises and follow-ups that fell due. */
  PROMISE_SWEEP_SECONDS: z.coerce.number().min(0.1).max(3600).default(20),
});

export interface Config {
  port: number;
  host: string;
  database: { engine: 'postgres'; url: string } | { engine: 'pglite'; dataDir: string; sharedBuffers: string };
  /** Redis that carries realtime deltas between processes; null when this process is the only one. */
  redisUrl: string | null;
  publicUrl: string | null;
  seedDemo: boolean;
  sessionTtlHours: number;
  workers: boolean;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  /** Folder of the built web app; null when it should not be served. */
  webRoot: string | null;
  attachments: {
    maxBytes: number;
    storage:
      | { kind: 'local'; dir: string }
      | {
          kind: 's3';
          bucket: string;
          endpoint: string | null;
          region: string;
          accessKeyId: string | null;
          secretAccessKey: string | null;
          forcePathStyle: boolean;
        };
  };
  /** Outgoing mail; null when SMTP_URL is unset. */
  mail: { smtpUrl: string; from: string } | null;
  /** The built-in SMTP receiver; null when SMTP_RECEIVER_PORT is unset. */
  smtpReceiver: { port: number; host: string; maxBytes: number } | null;
  telegram: { apiRoot: string };
  widget: { rateLimitPerMinute: number };
  promises: { sweepMs: number };
  /** When a change's reactions run: after the answer (production) or before it (tests). */
  reactions: 'inline' | 'background';
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL
      ? { engine: 'postgres', url: e.DATABASE_URL }
      : {
          engine: 'pglite',
          dataDir: resolve(e.SINCERE_DATA_DIR, 'pglite'),
          sharedBuffers: e.SINCERE_PGLITE_SHARED_BUFFERS,
        },
    redisUrl: e.REDIS_URL ?? null,
    publicUrl: e.PUBLIC_URL ?? null,
    seedDemo: e.SINCERE_DEMO,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    workers: e.SINCERE_WORKERS,
    logLevel: e.LOG_LEVEL,
    webRoot: resolve(import.meta.dirname, '../../web/dist'),
    attachments: {
      maxBytes: e.SINCERE_MAX_ATTACHMENT_MB * 1024 * 1024,
      storage: e.S3_BUCKET
        ? {
            kind: 's3',
            bucket: e.S3_BUCKET,
            endpoint: e.S3_ENDPOINT ?? null,
            region: e.S3_REGION,
            accessKeyId: e.S3_ACCESS_KEY_ID ?? null,
            secretAccessKey: e.S3_SECRET_ACCESS_KEY ?? null,
            forcePathStyle: e.S3_FORCE_PATH_STYLE,
          }
        : { kind: 'local', dir: resolve(e.SINCERE_DATA_DIR, 'attachments') },
    },
    mail: e.SMTP_URL ? { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM } : null,
    smtpReceiver:
      e.SMTP_RECEIVER_PORT === undefined
        ? null
        : { port: e.SMTP_RECEIVER_PORT, host: e.SMTP_RECEIVER_HOST, maxBytes: e.SMTP_RECEIVER_MAX_MB * 1024 * 1024 },
    telegram: { apiRoot: e.TELEGRAM_API_ROOT },
    widget: { rateLimitPerMinute: e.WIDGET_RATE_LIMIT_PER_MINUTE },
    promises: { sweepMs: Math.round(e.PROMISE_SWEEP_SECONDS * 1000) },
    reactions: 'background',
  };
}
