import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer, type AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { channels, conversations } from '@sincere/db';
import { createTestApp } from '../../testing/test-app';
import { seedAccountWithPeople } from '../../testing/seed-people';
import { startEmailWorkers } from './email-workers';

const t = await createTestApp();
afterAll(() => t.close());

/** A port nobody listens on right now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function swaks(port: number, to: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      'swaks',
      ['--server', '127.0.0.1', '--port', String(port), '--to', to, '--from', 'ann@example.com'],
      { timeout: 20_000 },
      (error, stdout, stderr) => {
        if (error?.code === 'ENOENT') {
          reject(new Error('swaks is not installed: apt-get install -y swaks (the SMTP receiver tests need it)'));
          return;
        }
        resolve({ code: error ? Number(error.code) || 1 : 0, output: `${stdout}${stderr}` });
      },
    );
  });
}

describe('the email workers', () => {
  it('schedule the IMAP poll every minute and run the SMTP receiver on SMTP_RECEIVER_PORT until stopped', async () => {
    const people = await seedAccountWithPeople(t.database, 'Workers');
    const address = `workers-${randomUUID().slice(0, 8)}@acme.test`;
    const [channel] = await t.database.db
      .insert(channels)
      .values({ accountId: people.account.id, kind: 'email', name: 'Support', address, settings: { address } })
      .returning();
    const port = await freePort();
    t.ctx.config.smtpReceiver = { port, host: '127.0.0.1', maxBytes: 1024 * 1024 };
    const logged: string[] = [];

    // The IMAP poll reads every account's mailboxes, and on PostgreSQL the test files share one database: other
    // files' fake mailboxes fail here. This test is about the receiver; the poller has its own tests.
    const stop = await startEmailWorkers(t.ctx, (_level, message) => {
      if (!message.startsWith('IMAP poll')) logged.push(message);
    });
    try {
      const { rows } = await t.database.query<{ cron: string }>(
        "SELECT cron FROM pgboss.schedule WHERE name = 'email.poll-imap'",
      );
      expect(rows).toEqual([{ cron: '* * * * *' }]);
      const sent = await swaks(port, address);
      expect(sent.code, sent.output).toBe(0);
      const stored = await t.database.db.select().from(conversations).where(eq(conversations.channelId, channel!.id));
      expect(stored).toHaveLength(1);
    } finally {
      await stop();
    }
    const refused = await swaks(port, address);
    expect(refused.code).not.toBe(0);
    expect(logged).toEqual([]);
  });
});
