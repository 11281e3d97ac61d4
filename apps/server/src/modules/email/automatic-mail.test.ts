import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { automaticMailReason } from './automatic-mail';
import { parseEmail } from './parse-email';

const fixture = (name: string) => parseEmail(readFileSync(`/work/shared/fixtures/mime/${name}`));
const mail = (headers: string[], from = 'ann@example.com') =>
  parseEmail(Buffer.from([`From: Ann <${from}>`, 'Subject: hi', ...headers, '', 'Hello'].join('\r\n')));

describe('recognising mail no person wrote', () => {
  it('recognises a delivery-status bounce and an ARF complaint', async () => {
    expect(automaticMailReason(await fixture('bounce.eml'))).toMatch(/delivery-status/);
    expect(automaticMailReason(await fixture('arf.eml'))).toMatch(/feedback-report/);
  });

  it('recognises auto-replies by their headers', async () => {
    expect(automaticMailReason(await mail(['Auto-Submitted: auto-replied']))).toMatch(/Auto-Submitted/);
    expect(automaticMailReason(await mail(['X-Autoreply: yes']))).toMatch(/x-autoreply/);
    expect(automaticMailReason(await mail(['X-Autorespond: Out of office']))).toMatch(/x-autorespond/);
    for (const precedence of ['bulk', 'junk', 'auto_reply']) {
      expect(automaticMailReason(await mail([`Precedence: ${precedence}`]))).toMatch(/Precedence/);
    }
    expect(automaticMailReason(await mail(['Return-Path: <>']))).toMatch(/Return-Path/);
  });

  it('recognises the null envelope sender and mailer daemons', async () => {
    expect(automaticMailReason(await mail([]), '')).toMatch(/envelope sender/);
    expect(automaticMailReason(await mail([]), '<>')).toMatch(/envelope sender/);
    expect(automaticMailReason(await mail([], 'MAILER-DAEMON@mx.test'))).toMatch(/mailer-daemon/);
    expect(automaticMailReason(await mail([], 'postmaster@mx.test'))).toMatch(/postmaster/);
  });

  it('lets a person’s mail through, Auto-Submitted: no included', async () => {
    expect(automaticMailReason(await mail([]), 'ann@example.com')).toBeNull();
    expect(automaticMailReason(await mail(['Auto-Submitted: no', 'Precedence: list']))).toBeNull();
    expect(automaticMailReason(await fixture('mimetorture.eml'))).toBeNull();
  });
});
