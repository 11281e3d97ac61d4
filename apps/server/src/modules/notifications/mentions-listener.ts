import type { AppContext } from '../../context';
import type { ConversationChange, ConversationListeners } from '../conversations/conversation-listeners';
import { findMentions } from './find-mentions';
import type { MentionData } from './notification.mapper';
import { toNotification } from './notification.mapper';
import { findNoteOfConversation, insertNotifications, listActiveUsersOfAccount } from './notifications.repository';

const EXCERPT_LENGTH = 140;
const registered = new WeakSet<ConversationListeners>();

/** Notifies the people an internal note @mentions. Registering twice for one context does nothing. */
export function registerMentions(ctx: AppContext): void {
  if (registered.has(ctx.conversationListeners)) return;
  registered.add(ctx.conversationListeners);
  ctx.conversationListeners.on('mentions', (change) => notifyMentions(ctx, change));
}

/**
 * For each note added by the change: one notification per active person it names
 * (never its author), stored, then pushed to that person's sockets only.
 */
export async function notifyMentions(ctx: AppContext, change: ConversationChange): Promise<void> {
  const notes = change.events.filter((event) => event.type === 'note.added');
  if (notes.length === 0) return;
  const { db } = ctx.database;
  const { accountId, conversationId } = change;
  const people = await listActiveUsersOfAccount(db, accountId);
  for (const event of notes) {
    const messageId = event.data.messageId;
    if (typeof messageId !== 'string') continue;
    const note = await findNoteOfConversation(db, accountId, conversationId, messageId);
    if (!note) continue;
    const mentioned = findMentions(note.body, people).filter((id) => id !== note.authorUserId);
    if (mentioned.length === 0) continue;
    const author = people.find((person) => person.id === note.authorUserId);
    const data: MentionData = {
      actorId: note.authorUserId,
      actorName: author?.name ?? null,
      excerpt: excerptOf(note.body),
    };
    const createdAt = ctx.clock();
    const rows = await insertNotifications(
      db,
      mentioned.map((userId) => ({
        accountId,
        userId,
        kind: 'mention',
        conversationId,
        messageId,
        data: { ...data },
        createdAt,
      })),
    );
    for (const row of rows) {
      ctx.realtime.publish(
        accountId,
        { type: 'notification.created', notification: toNotification(row) },
        { userIds: [row.userId] },
      );
    }
  }
}

function excerptOf(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length <= EXCERPT_LENGTH ? flat : `${flat.slice(0, EXCERPT_LENGTH - 1)}…`;
}
