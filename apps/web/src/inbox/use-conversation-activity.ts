import { TYPING_TTL_MS, VIEWING_TTL_MS, type ClientEvent, type Message, type TypingKind } from '@sincere/contracts';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useRealtimeSend, useServerEvents } from '../realtime/realtime-context';
import { useSignedIn } from '../session/session-context';
import type { ComposerMode } from './composer';
import {
  fromSnapshot,
  nextChangeAt,
  peopleIn,
  pruned,
  replyWhileWriting,
  withActivity,
  type ActivityByTab,
  type PersonActivity,
} from './conversation-activity';

/** Half the viewing TTL (15 s of 30): one lost heartbeat does not make the agent vanish. */
const HEARTBEAT_MS = VIEWING_TTL_MS / 2;
/** Well within the typing TTL (2.5 s of 6), and rare enough not to send one per keystroke. */
const TYPING_REPEAT_MS = TYPING_TTL_MS * 0.4;

export interface ConversationActivity {
  /** The colleagues who have the conversation open, and what they are doing. */
  people: PersonActivity[];
  /** The composer's tab: another agent's reply matters while this one writes a reply. */
  mode: ComposerMode;
  /** A reply by someone else that arrived after this agent began their draft; null otherwise. */
  repliedWhileWriting: Message | null;
  /** The composer's text or tab changed. */
  reportDraft: (mode: ComposerMode, body: string) => void;
  /** The agent has read the reply that arrived meanwhile: stop warning about it. */
  acknowledgeReply: () => void;
}

const visible = () => document.visibilityState === 'visible';

/**
 * The collision warning's side of the socket: tells the server this agent has
 * the conversation open (while the tab is visible, repeated as a heartbeat) and
 * when they write, and keeps what the colleagues in it are doing. Entries
 * expire by themselves, so a colleague whose "left" was lost fades out.
 */
export function useConversationActivity(conversationId: string, messages: Message[]): ConversationActivity {
  const send = useRealtimeSend();
  const { session } = useSignedIn();
  const myUserId = session.user.id;
  const [activity, setActivity] = useState<{ tabs: ActivityByTab; now: number }>(() => ({
    tabs: new Map(),
    now: Date.now(),
  }));
  // The messages there were when the current draft began; null while the composer is empty.
  const [draft, setDraft] = useState<{ mode: ComposerMode; known: ReadonlySet<string> | null }>({
    mode: 'outbound',
    known: null,
  });
  const typingRef = useRef<{ kind: TypingKind; at: number } | null>(null);
  const messagesRef = useRef(messages);
  useLayoutEffect(() => {
    messagesRef.current = messages;
  });

  const announce = useCallback(() => {
    // A hidden tab is not looking: the agent counts as gone until they come back.
    const event: ClientEvent = visible()
      ? { type: 'viewing', conversationId }
      : { type: 'viewing.stopped', conversationId };
    if (event.type === 'viewing.stopped') typingRef.current = null;
    send(event);
  }, [conversationId, send]);

  useEffect(() => {
    announce();
    const heartbeat = setInterval(() => {
      if (visible()) announce();
    }, HEARTBEAT_MS);
    document.addEventListener('visibilitychange', announce);
    return () => {
      clearInterval(heartbeat);
      document.removeEventListener('visibilitychange', announce);
      typingRef.current = null;
      send({ type: 'viewing.stopped', conversationId });
    };
  }, [announce, conversationId, send]);

  useServerEvents((event) => {
    if (event.type === 'ready') {
      // A new socket: the server knows nothing of this tab, and what we knew may be stale. The snapshot refills it.
      typingRef.current = null;
      setActivity({ tabs: new Map(), now: Date.now() });
      announce();
    }
    if (event.type === 'conversation.activity.snapshot' && event.conversationId === conversationId) {
      const now = Date.now();
      setActivity({ tabs: fromSnapshot(event.activities, now), now });
    }
    if (event.type === 'conversation.activity' && event.conversationId === conversationId) {
      const now = Date.now();
      setActivity((current) => ({ tabs: withActivity(current.tabs, event.activity, now), now }));
    }
  });

  // Re-render when a typing or viewing lapses, so that a colleague whose "left" was lost fades out.
  useEffect(() => {
    const at = nextChangeAt(activity.tabs, activity.now);
    if (at === null) return;
    const timer = setTimeout(
      () => {
        const now = Date.now();
        setActivity((current) => ({ tabs: pruned(current.tabs, now), now }));
      },
      Math.max(0, at - Date.now()),
    );
    return () => clearTimeout(timer);
  }, [activity]);

  const reportDraft = useCallback(
    (mode: ComposerMode, body: string) => {
      const kind: TypingKind = mode === 'note' ? 'note' : 'reply';
      const writing = body.trim() !== '';
      const typing = typingRef.current;
      const now = Date.now();
      if (writing && visible() && (!typing || typing.kind !== kind || now - typing.at >= TYPING_REPEAT_MS)) {
        typingRef.current = { kind, at: now };
        send({ type: 'typing', conversationId, kind });
      } else if (!writing && typing) {
        typingRef.current = null;
        send({ type: 'typing.stopped', conversationId });
      }
      setDraft((current) => {
        if (current.mode === mode && (current.known !== null) === writing) return current;
        const known = writing ? (current.known ?? new Set(messagesRef.current.map((message) => message.id))) : null;
        return { mode, known };
      });
    },
    [conversationId, send],
  );

  const acknowledgeReply = useCallback(() => {
    setDraft((current) =>
      current.known ? { ...current, known: new Set(messagesRef.current.map((message) => message.id)) } : current,
    );
  }, []);

  return {
    people: peopleIn(activity.tabs, activity.now, myUserId),
    mode: draft.mode,
    repliedWhileWriting: draft.known ? replyWhileWriting(messages, draft.known, myUserId) : null,
    reportDraft,
    acknowledgeReply,
  };
}
