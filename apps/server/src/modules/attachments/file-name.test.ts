import { describe, expect, it } from 'vitest';
import { cleanFileName, MAX_FILE_NAME_LENGTH } from './file-name';

describe('cleanFileName', () => {
  it('keeps an ordinary name as it is, in any script', () => {
    for (const name of ['receipt.pdf', 'Квитанция №5.pdf', 'صورة.jpg', 'foto kerusakan (2).png', '.htaccess'])
      expect(cleanFileName(name)).toBe(name);
  });

  it('drops the folders a client sends along, in either slash', () => {
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('C:\\Users\\olga\\Desktop\\report.pdf')).toBe('report.pdf');
    expect(cleanFileName('/tmp/..\\x.txt')).toBe('x.txt');
  });

  it('removes control characters and the direction marks that disguise an extension', () => {
    expect(cleanFileName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(cleanFileName('a\u0000b\r\n\tc\u007f.txt')).toBe('abc.txt');
    expect(cleanFileName('\u2066x\u2069.png')).toBe('x.png');
  });

  it('trims spaces, and the trailing dots Windows would silently drop', () => {
    expect(cleanFileName('  report.pdf. . ')).toBe('report.pdf');
  });

  it('leaves nothing of a name that is only folders, dots or invisible characters', () => {
    for (const name of ['', '   ', '..', '.', 'a/..', 'x/', '\u202E\u0007']) expect(cleanFileName(name), name).toBe('');
  });

  it('cuts a long name to the limit, keeping its extension and whole characters', () => {
    const cut = cleanFileName(`${'я'.repeat(300)}.docx`);
    expect(Array.from(cut)).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(cut.endsWith('я.docx')).toBe(true);
    const emoji = cleanFileName('🙂'.repeat(250));
    expect(Array.from(emoji)).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(emoji).toBe('🙂'.repeat(MAX_FILE_NAME_LENGTH));
  });
});
