import type { AppContext } from '../../context';
import { pollImapChannels } from './imap-poller';
import { startSmtpReceiver } from './smtp-receiver';

/** How the email workers tell the process's log what went wrong. */
export type EmailLog = (level: 'warn' | 'error', message: string, details: Record<string, unknown>) => void;

/** Until the process's logger is handed in: one line on stderr, silent when LOG_LEVEL says so. */
function stderrLog(ctx: AppContext): EmailLog {
  return (level, message, details) => {
    if (ctx.config.logLevel === 'silent' || (level === 'warn' && ctx.config.logLevel === 'error')) return;
    const err = details.err instanceof Error ? details.err.message : undefined;
    console.error(JSON.stringify({ level, msg: message, ...details, ...(err ? { err } : {}) }));
  };
}

/**
 * The email channel's background work in a process that runs workers: the minutely IMAP poll (pg-boss's cron
 * sends one job a minute whatever the number of processes) and, when SMTP_RECEIVER_PORT is set, the built-in
 * SMTP receiver. Returns what stops them.
 */
export async function startEmailWorkers(ctx: AppContext, log: EmailLog = stderrLog(ctx)): Promise<() => Promise<void>> {
  await ctx.jobs.work('email.poll-imap', async () => {
    for (const summary of await pollImapChannels(ctx)) {
      if (summary.error) log('warn', 'IMAP poll of an email channel failed', { ...summary });
    }
  });
  await ctx.jobs.schedule('email.poll-imap', '* * * * *', {});
  const receiver = ctx.config.smtpReceiver
    ? await startSmtpReceiver(ctx, { ...ctx.config.smtpReceiver, onLog: log })
    : null;
  return async () => {
    await receiver?.stop();
  };
}
