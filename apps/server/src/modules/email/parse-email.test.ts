import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../http/app-error';
import { messageIdsIn, parseEmail } from './parse-email';

const fixture = (name: string) => readFileSync(`/work/shared/fixtures/mime/${name}`);

function encoded(charset: string, subject: string, body: string): Buffer {
  const head = [
    'From: =?utf-8?B?0JjQstCw0L0g0J/QtdGC0YDQvtCy?= <Ivan@Example.RU>',
    'To: support@acme.test',
    `Subject: ${subject}`,
    'Message-ID: <m1@example.ru>',
    'MIME-Version: 1.0',
    `Content-Type: text/plain; charset=${charset}`,
    'Content-Transfer-Encoding: 8bit',
    '',
    '',
  ].join('\r\n');
  return Buffer.concat([Buffer.from(head, 'latin1'), iconv.encode(body, charset)]);
}

describe('parsing an email', () => {
  it('decodes koi8-r and windows-1251 bodies and RFC 2047 headers', async () => {
    const koi = await parseEmail(
      encoded('koi8-r', '=?koi8-r?B?' + iconv.encode('Заказ 5', 'koi8-r').toString('base64') + '?=', 'Где мой заказ?'),
    );
    expect(koi.text.trim()).toBe('Где мой заказ?');
    expect(koi.subject).toBe('Заказ 5');
    expect(koi.from).toEqual({ address: 'ivan@example.ru', name: 'Иван Петров' });
    expect(koi.messageId).toBe('m1@example.ru');
    const cp = await parseEmail(encoded('windows-1251', '=?windows-1251?Q?=CF=F0=E8=E2=E5=F2?=', 'Привет, ёжик'));
    expect(cp.text.trim()).toBe('Привет, ёжик');
    expect(cp.subject).toBe('Привет');
  });

  it('decodes ISO-8859-2 and UTF-8 quoted-printable', async () => {
    const latin2 = await parseEmail(encoded('iso-8859-2', 'Zamówienie', 'Dzień dobry, gdzie jest przesyłka?'));
    expect(latin2.text.trim()).toBe('Dzień dobry, gdzie jest przesyłka?');
    const raw = [
      'From: a@b.test',
      'Subject: =?UTF-8?Q?Caf=C3=A9?=',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'Caf=C3=A9 cr=C3=A8me =F0=9F=8E=89',
    ].join('\r\n');
    const utf8 = await parseEmail(Buffer.from(raw));
    expect(utf8.subject).toBe('Café');
    expect(utf8.text.trim()).toBe('Café crème 🎉');
  });

  it('derives the text of HTML-only mail and keeps the HTML without scripts, styles, handlers or remote images', async () => {
    const raw = [
      'From: a@b.test',
      'Subject: html',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<html><head><style>p{color:red}</style><script>alert(1)</script></head><body>',
      '<p onclick="steal()">Hello <b>there</b></p><img src="https://tracker.test/pixel.gif">',
      '<img src="cid:logo@x"><a href="javascript:alert(1)">bad</a> <a href="https://ok.test">ok</a>',
      '</body></html>',
    ].join('\r\n');
    const email = await parseEmail(Buffer.from(raw));
    expect(email.text).toContain('Hello there');
    expect(email.text).not.toContain('alert');
    expect(email.html).toContain('<b>there</b>');
    expect(email.html).toContain('src="cid:logo@x"');
    expect(email.html).toContain('href="https://ok.test"');
    for (const unsafe of ['script', 'style', 'onclick', 'tracker.test', 'javascript:', 'color:red']) {
      expect(email.html).not.toContain(unsafe);
    }
  });

  it('returns attachments and inline images as files', async () => {
    const email = await parseEmail(fixture('mimetorture.eml'));
    expect(email.text).toContain("Welcome to Ryan Finnie's MIME torture test.");
    const names = email.files.map((file) => file.fileName);
    expect(names).toEqual(expect.arrayContaining(['foo.gz', 'blah.gz', 'htmlfile.html', 'smiley-3.png', 'dot.gif']));
    const smiley = email.files.find((file) => file.fileName === 'smiley-3.png');
    expect(smiley).toMatchObject({ contentType: 'image/png', contentId: '1066971953.4232.15.camel@localhost' });
    expect(smiley?.bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(email.files.every((file) => file.fileName.length > 0)).toBe(true);
  });

  it('reads a calendar invitation with its .ics file', async () => {
    const email = await parseEmail(fixture('calendar-event.eml'));
    expect(email.subject).toContain('Test event ⏰');
    expect(email.files.map((file) => file.fileName)).toContain('invite.ics');
    expect(email.html).not.toBeNull();
  });

  it('reads a message without a From header, naming no sender', async () => {
    const email = await parseEmail(fixture('mixed.eml'));
    expect(email.from).toBeNull();
    expect(email.text).toContain('Good Morning;');
  });

  it('refuses what is not an email with a 422', async () => {
    await expect(parseEmail(Buffer.alloc(0))).rejects.toMatchObject({ code: 'validation_failed' });
    const error = await parseEmail(Buffer.from('just some words, no headers at all')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
  });

  it('takes every Message-ID out of In-Reply-To and References, without <>', () => {
    expect(messageIdsIn('<a@x> <b.TOKEN@y>\r\n <c@z>')).toEqual(['a@x', 'b.TOKEN@y', 'c@z']);
    expect(messageIdsIn('bare@id')).toEqual(['bare@id']);
  });
});
