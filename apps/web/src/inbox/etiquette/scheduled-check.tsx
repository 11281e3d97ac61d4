import { PROMISES_API, ReplyCheck } from '@sincere/contracts';
import { useEffect, useState } from 'react';
import { apiSend } from '../../api/client';
import { CHECK_DELAY_MS } from '../promises/use-reply-check';
import { CultureNote } from './culture-note';

interface Props {
  conversationId: string;
  text: string;
  /** When the message goes out. */
  scheduledAt: string;
}

/**
 * The culture warnings for a message sent later in the agent's name (a follow-up): a quiet period at that time
 * (Ramadan), an informal "you", a missing honorific. Advice only: a failed check shows nothing.
 */
export function ScheduledCheck({ conversationId, text, scheduledAt }: Props) {
  const [check, setCheck] = useState<{ key: string; result: ReplyCheck } | null>(null);
  const key = JSON.stringify([conversationId, text, scheduledAt]);

  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      apiSend('POST', PROMISES_API.replyCheck(conversationId), { text, scheduledAt, proactive: true }, ReplyCheck).then(
        (result) => {
          if (current) setCheck({ key, result });
        },
        () => undefined,
      );
    }, CHECK_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [conversationId, text, scheduledAt, key]);

  const warnings = check?.key === key ? check.result.culture : [];
  if (warnings.length === 0) return null;
  return (
    <div className="reply-insights" data-testid="scheduled-check">
      {warnings.map((warning) => (
        <CultureNote key={`${warning.check}-${warning.start}`} warning={warning} />
      ))}
    </div>
  );
}
