import type { Message } from '@sincere/contracts';
import Markdown, { defaultUrlTransform, type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';

/**
 * Markdown is rendered to React elements, never to an HTML string: raw HTML in
 * the text is dropped (`skipHtml`), link targets pass the library's safe-URL
 * filter (no `javascript:`), and images are shown as links — a message must not
 * load a tracker from a remote server when an agent opens it.
 */
const COMPONENTS: Components = {
  // A target the filter refused arrives empty: the words stay, the link goes.
  a: ({ href, children }) =>
    href ? (
      <a href={href} target="_blank" rel="noopener noreferrer nofollow">
        {children}
      </a>
    ) : (
      <span>{children}</span>
    ),
  img: ({ src, alt }) =>
    typeof src === 'string' && src ? (
      <a href={src} target="_blank" rel="noopener noreferrer nofollow">
        {alt || src}
      </a>
    ) : (
      <>{alt}</>
    ),
  p: ({ children }) => <p dir="auto">{children}</p>,
  li: ({ children }) => <li dir="auto">{children}</li>,
  h1: ({ children }) => (
    <p dir="auto" className="message__heading">
      {children}
    </p>
  ),
  h2: ({ children }) => (
    <p dir="auto" className="message__heading">
      {children}
    </p>
  ),
  h3: ({ children }) => (
    <p dir="auto" className="message__heading">
      {children}
    </p>
  ),
};

/** Only web and mail links survive; relative and other schemes become plain text targets. */
function safeUrl(url: string): string {
  const cleaned = defaultUrlTransform(url);
  return /^(https?:|mailto:|tel:)/i.test(cleaned) ? cleaned : '';
}

/** A message's text: plain text as typed (line breaks kept), or sanitised Markdown. */
export function MessageBody({ message }: { message: Pick<Message, 'body' | 'format' | 'language'> }) {
  const lang = message.language ?? undefined;
  if (message.format === 'markdown') {
    return (
      <div className="message__body message__body--markdown" dir="auto" lang={lang}>
        <Markdown remarkPlugins={[remarkGfm]} skipHtml urlTransform={safeUrl} components={COMPONENTS}>
          {message.body}
        </Markdown>
      </div>
    );
  }
  return (
    <p className="message__body" dir="auto" lang={lang}>
      {message.body}
    </p>
  );
}
