import EmailReplyParser from 'email-reply-parser';

export interface SeparatedReply {
  /** What the customer wrote this time: the message body. */
  reply: string;
  /** What was taken out: quoted earlier messages, forwarded headers, the signature. */
  quoted: string;
}

// A line (or up to three, as mail clients wrap them) that introduces a quote: "On …, Ann <a@b> wrote:" in the
// languages customers write in, or Gmail's verb-less "ср, 30 апр. 2025 г. в 15:19, Ann <a@b>:".
const WROTE =
  /(wrote|writes|a [ée]crit|schrieb|ha scritto|schreef|napisał(\(a\))?|írta|kirjoitti|escribió|escreveu|skrev|написал(\(а\))?|пишет)\s*:?\s*-*\s*$/i;
const ADDRESSED = /@[\w.-]+>?\s*:\s*$/;
const FROM_LINE = /^\s*[*_]*(from|de|von|van|da|fra|från|od|от|kimden|lähettäjä|message du)\s*[*_]*:[*_]*\s*\S/i;
const HEADER_LINE =
  /^\s*[*_]*(sent|date|to|subject|cc|envoyé(?: le)?|à|a|objet|sujet|copie à|gesendet|an|betreff|datum|verzonden|aan|onderwerp|inviato|oggetto|dato|til|emne|skickat|till|ämne|отправлено|дата|кому|тема|enviado|para|asunto|assunto|wysłane|do|temat)\s*[*_]*:/i;
const SEPARATOR =
  /^\s*(-{2,}|_{2,}|={2,})?\s*(original message|forwarded message|message d'origine|message transféré|oprindelig besked|ursprüngliche nachricht|weitergeleitete nachricht|messaggio originale|mensaje original|mensagem original|oorspronkelijk bericht|исходное сообщение|пересылаемое сообщение|originalmeddelande|alkuperäinen viesti|wiadomość oryginalna)\s*(-{2,}|_{2,}|={2,})?\s*$/i;
const BEGIN_FORWARD =
  /^\s*(begin forwarded message|anfang der weitergeleiteten nachricht|début du message réexpédié)\s*:\s*$/i;
const RULE = /^\s*([-_=])\1{9,}\s*$/;
// A line of em or en dashes above a few short lines at the end: a signature the parser does not know.
const DASH_SIGNATURE = /^\s*[—–]+\s*$/;

/**
 * Splits a plain-text email into what the customer wrote now and what they quoted or signed. The
 * email-reply-parser package finds quotes ("> …"), quote headers and signatures; before it runs, the text is cut
 * at the first quote header, Outlook-style header block or "Original message" line that follows something the
 * customer wrote, because mail clients wrap quoted lines and the parser would show their tails again.
 */
export function separateReply(text: string): SeparatedReply {
  const normalised = text.replace(/\r\n?/g, '\n');
  const lines = markQuoteHeaders(markWrappedQuotes(normalised.split('\n')));
  const cut = firstQuoteStart(lines);
  const head = lines.slice(0, cut ?? lines.length).join('\n');
  const parsed = new EmailReplyParser().read(head);
  let reply = parsed.getVisibleText().trim();
  // All quote (a forward with nothing added): keep the whole text rather than store an empty message.
  if (reply === '') reply = normalised.trim();
  const at = normalised.indexOf(reply);
  const quoted =
    at >= 0
      ? `${normalised.slice(0, at)}\n${normalised.slice(at + reply.length)}`.trim()
      : [
          ...parsed
            .getFragments()
            .filter((fragment) => fragment.isHidden())
            .map((fragment) => fragment.getContent()),
          cut === null ? '' : normalised.split('\n').slice(cut).join('\n'),
        ]
          .join('\n')
          .trim();
  return { reply, quoted };
}

/**
 * Mail clients wrap long quoted lines without repeating the "> ": a line right under a quoted one, with no blank
 * line between, is more of the quote.
 */
function markWrappedQuotes(lines: string[]): string[] {
  const marked = [...lines];
  for (let i = 1; i < marked.length; i += 1) {
    const line = marked[i] ?? '';
    if (line.trim() !== '' && !isQuoted(line) && isQuoted(marked[i - 1] ?? '')) marked[i] = `> ${line}`;
  }
  return marked;
}

/** A quote header over "> " lines is part of the quote, in whatever language the parser does not know. */
function markQuoteHeaders(lines: string[]): string[] {
  const marked = [...lines];
  for (let i = 0; i < marked.length; i += 1) {
    if (isQuoted(marked[i] ?? '') || !isQuoteHeaderAt(marked, i)) continue;
    const end = headerEnd(marked, i);
    if (!isQuoted(marked[nextFilled(marked, end)] ?? '')) continue;
    for (let j = i; j < end; j += 1) marked[j] = `> ${marked[j] ?? ''}`;
  }
  return marked;
}

/** The line after a header block: up to a blank or quoted line. */
function headerEnd(lines: string[], i: number): number {
  let next = i + 1;
  while (next < lines.length && (lines[next] ?? '').trim() !== '' && !isQuoted(lines[next] ?? '')) next += 1;
  return next;
}

function nextFilled(lines: string[], i: number): number {
  let next = i;
  while (next < lines.length && (lines[next] ?? '').trim() === '') next += 1;
  return next;
}

const isQuoted = (line: string) => line.trimStart().startsWith('>');

/** The index of the first line that starts quoted material after something the customer wrote, or null. */
function firstQuoteStart(lines: string[]): number | null {
  let wroteSomething = false;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (wroteSomething && line.trim() !== '' && !line.trimStart().startsWith('>')) {
      const start = quoteStartAt(lines, i);
      if (start !== null) return start;
    }
    if (line.trim() !== '' && !line.trimStart().startsWith('>') && !isQuoteHeaderAt(lines, i)) wroteSomething = true;
  }
  return null;
}

function quoteStartAt(lines: string[], i: number): number | null {
  const line = lines[i] ?? '';
  if (SEPARATOR.test(line) || BEGIN_FORWARD.test(line)) return i;
  if (DASH_SIGNATURE.test(line)) {
    const rest = lines.slice(i + 1).filter((next) => next.trim() !== '');
    if (rest.length <= 8 && rest.every((next) => next.length <= 80)) return i;
  }
  // A header over "> " lines was marked as quoted: the customer may answer between the quoted lines.
  if (isQuoteHeaderAt(lines, i)) return i;
  if (FROM_LINE.test(line) && lines.slice(i + 1, i + 5).some((next) => HEADER_LINE.test(next))) {
    // Take an Outlook rule ("_____", "-----") just above the header block with it.
    let start = i;
    for (let j = i - 1; j >= 0 && (lines[j]?.trim() === '' || RULE.test(lines[j] ?? '')); j -= 1) {
      if (RULE.test(lines[j] ?? '')) start = j;
    }
    return start;
  }
  return null;
}

function isQuoteHeaderAt(lines: string[], i: number): boolean {
  if ((lines[i] ?? '').trim() === '') return false;
  let joined = '';
  for (let k = 0; k < 3 && i + k < lines.length; k += 1) {
    const next = (lines[i + k] ?? '').trim();
    if (next === '') return false;
    // A header that starts on the next line is that line's: the text above it is the customer's.
    if (k > 0 && isQuoteHeaderAt(lines, i + 1)) return false;
    joined = `${joined} ${next}`.trim();
    const plain = joined.replace(/^(>\s*)+/, '').replace(/^-+\s*/, '');
    if (plain.length < 200 && /\d/.test(plain) && (WROTE.test(plain) || ADDRESSED.test(plain))) return true;
  }
  return false;
}
