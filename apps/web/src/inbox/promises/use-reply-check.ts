import type { PromiseSuggestion, ReplyCheck } from '@sincere/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { checkReply } from './promises-api';

/** Long enough not to ask on every keystroke, short enough to feel live. */
export const CHECK_DELAY_MS = 400;

/** A promise of a reply that went out, waiting for the agent to track or dismiss it. */
export interface Proposal {
  key: string;
  conversationId: string;
  messageId: string;
  suggestion: PromiseSuggestion;
  /** When it falls due if it names no time. */
  defaultDueAt: string;
}

export interface ReplyCheckState {
  /** The newest answer, for the draft as it was then; null while there is nothing to read. */
  check: ReplyCheck | null;
  proposals: Proposal[];
  /** The reply went out: its promises stay on screen as proposals. */
  sent: (messageId: string, text: string) => void;
  dismiss: (key: string) => void;
}

/**
 * Reads the draft reply a moment after typing stops: the promises it makes and coaching warnings. Only
 * advice: a failed check shows nothing and never stands in the way of sending. Pass '' for an internal note.
 */
export function useReplyCheck(conversationId: string, draft: string, revision = ''): ReplyCheckState {
  const [latest, setLatest] = useState<{ conversationId: string; text: string; check: ReplyCheck } | null>(null);
  const [proposals, setProposals] = useState<Proposal[]>([]);
  // Answers can arrive out of order: only the one for the newest request counts.
  const asked = useRef(0);

  useEffect(() => {
    const request = ++asked.current;
    if (draft.trim() === '') return;
    const timer = setTimeout(() => {
      checkReply(conversationId, draft).then(
        (check) => {
          if (request === asked.current) setLatest({ conversationId, text: draft, check });
        },
        () => undefined,
      );
    }, CHECK_DELAY_MS);
    return () => clearTimeout(timer);
    // `revision` changes when what the check depends on changes (the customer's form of address): ask again.
  }, [conversationId, draft, revision]);

  const sent = useCallback(
    (messageId: string, text: string) => {
      const propose = (check: ReplyCheck) =>
        setProposals((current) => [
          ...current,
          ...check.promises.map((suggestion, index) => ({
            key: `${messageId}:${index}`,
            conversationId,
            messageId,
            suggestion,
            defaultDueAt: check.defaultDueAt,
          })),
        ]);
      // Sent before the last keystrokes were read: ask about exactly what went out.
      if (latest && latest.conversationId === conversationId && latest.text === text) propose(latest.check);
      else checkReply(conversationId, text).then(propose, () => undefined);
    },
    [conversationId, latest],
  );

  const dismiss = useCallback(
    (key: string) => setProposals((current) => current.filter((item) => item.key !== key)),
    [],
  );

  const current = draft.trim() !== '' && latest?.conversationId === conversationId ? latest.check : null;
  return {
    check: current,
    proposals: proposals.filter((proposal) => proposal.conversationId === conversationId),
    sent,
    dismiss,
  };
}
