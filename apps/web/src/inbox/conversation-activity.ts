import { CUSTOMER_CONNECTION_PREFIX, type AgentActivity, type Message, type TypingKind } from '@sincere/contracts';

/** One of another agent's tabs in the open conversation, with its deadlines on this browser's clock. */
interface TabActivity {
  user: AgentActivity['user'];
  /** A customer writing in the chat widget, not a colleague. */
  customer: boolean;
  viewingUntil: number;
  typing: { kind: TypingKind; until: number } | null;
}

/** Tabs by connection id; an agent with two tabs has two entries. */
export type ActivityByTab = ReadonlyMap<string, TabActivity>;

export type PersonState = 'typing_reply' | 'typing_note' | 'viewing';

/** What one colleague is doing, their tabs taken together. */
export interface PersonActivity {
  user: AgentActivity['user'];
  customer: boolean;
  state: PersonState;
}

const STRENGTH: Record<PersonState, number> = { typing_reply: 3, typing_note: 2, viewing: 1 };

/** Applies one delta received at `now`: durations count from when it arrived, so this browser's clock may be off. */
export function withActivity(tabs: ActivityByTab, activity: AgentActivity, now: number): ActivityByTab {
  const next = new Map(tabs);
  const { connectionId, user, viewingForMs, typing } = activity;
  if (viewingForMs === 0 && !typing) next.delete(connectionId);
  else
    next.set(connectionId, {
      user,
      customer: connectionId.startsWith(CUSTOMER_CONNECTION_PREFIX),
      viewingUntil: now + viewingForMs,
      typing: typing ? { kind: typing.kind, until: now + typing.forMs } : null,
    });
  return next;
}

/** Who was already there when this tab opened the conversation. */
export function fromSnapshot(activities: AgentActivity[], now: number): ActivityByTab {
  return activities.reduce<ActivityByTab>((tabs, activity) => withActivity(tabs, activity, now), new Map());
}

function stateAt(tab: TabActivity, now: number): PersonState | null {
  if (tab.typing && tab.typing.until > now) return tab.typing.kind === 'reply' ? 'typing_reply' : 'typing_note';
  return tab.viewingUntil > now ? 'viewing' : null;
}

/** The colleagues in the conversation at `now`, each once with what they do most (typing a reply first), by name. */
export function peopleIn(tabs: ActivityByTab, now: number, exceptUserId: string): PersonActivity[] {
  const byUser = new Map<string, PersonActivity>();
  for (const tab of tabs.values()) {
    const state = stateAt(tab, now);
    if (!state || tab.user.id === exceptUserId) continue;
    const known = byUser.get(tab.user.id);
    if (!known || STRENGTH[state] > STRENGTH[known.state])
      byUser.set(tab.user.id, { user: tab.user, customer: tab.customer, state });
  }
  return [...byUser.values()].sort((a, b) => a.user.name.localeCompare(b.user.name));
}

/** When what `peopleIn` says next changes by itself (a typing or viewing lapses); null when nothing is pending. */
export function nextChangeAt(tabs: ActivityByTab, now: number): number | null {
  let next: number | null = null;
  for (const tab of tabs.values()) {
    for (const at of [tab.viewingUntil, tab.typing?.until ?? 0]) {
      if (at > now && (next === null || at < next)) next = at;
    }
  }
  return next;
}

/** The tabs that still count at `now`: expired ones dropped, so the map does not grow. */
export function pruned(tabs: ActivityByTab, now: number): ActivityByTab {
  return new Map([...tabs].filter(([, tab]) => stateAt(tab, now) !== null));
}

/**
 * The latest reply to the customer written by someone else that arrived
 * after the agent began their draft (`known` holds the messages there were
 * then): the composer asks them to review before sending theirs.
 */
export function replyWhileWriting(messages: Message[], known: ReadonlySet<string>, myUserId: string): Message | null {
  for (let index = messages.length - 1; index >= 0; index -= 1) {
    const message = messages[index];
    if (!message || known.has(message.id)) continue;
    if (message.direction === 'outbound' && message.author?.id !== myUserId) return message;
  }
  return null;
}
