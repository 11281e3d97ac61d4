import {
  API,
  AssignConversationRequest,
  ConversationSummary,
  UpdateConversationRequest,
  type ConversationDetail,
} from '@sincere/contracts';
import { useState } from 'react';
import { ApiError, apiSend } from '../api/client';
import { useErrorText } from '../api/use-error-text';
import { validate } from '../forms/validate';
import { useSignedIn } from '../session/session-context';
import { useToast } from '../ui/toast-context';

export interface ConversationMutations {
  busy: boolean;
  assignToMe: () => Promise<void>;
  unassign: () => Promise<void>;
  /** Any change the conversation PATCH accepts; false when the input is invalid or the server refused. */
  update: (change: UpdateConversationRequest) => Promise<boolean>;
  /** Resolves an unresolved conversation, reopens a resolved one. */
  toggleResolved: () => Promise<void>;
  /** Moves it to another team and/or owner, with the reason kept in the event log; false when refused. */
  transfer: (change: { teamId: string | null; assigneeId: string | null; reason: string }) => Promise<boolean>;
  /** Set when a resolve was refused for open promises: the resolve dialog asks what happens to them. */
  askingAboutPromises: boolean;
  stopAskingAboutPromises: () => void;
  /** Resolves with the agent's answer about open promises; throws what the server said, for the dialog to show. */
  resolveWith: (change: Pick<UpdateConversationRequest, 'openPromises' | 'openPromisesReason'>) => Promise<void>;
}

/** Assignment and status changes, each applied from the server's answer (correctness over optimism). */
export function useConversationMutations(
  detail: ConversationDetail,
  apply: (summary: ConversationSummary) => void,
): ConversationMutations {
  const userId = useSignedIn().session.user.id;
  const toast = useToast();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [askingAboutPromises, setAskingAboutPromises] = useState(false);

  const run = async (send: () => Promise<ConversationSummary>): Promise<boolean> => {
    setBusy(true);
    try {
      apply(await send());
      return true;
    } catch (error) {
      // Not a failure: the server wants to know what happens to the conversation's open promises.
      if (error instanceof ApiError && error.code === 'open_promises') setAskingAboutPromises(true);
      else toast.error(errorText(error));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const assign = async (assigneeId: string | null) => {
    const checked = validate(AssignConversationRequest, { assigneeId });
    if (!checked.ok) return;
    await run(() => apiSend('PUT', API.conversationAssignment(detail.id), checked.data, ConversationSummary));
  };

  const update = async (change: UpdateConversationRequest) => {
    const checked = validate(UpdateConversationRequest, change);
    if (!checked.ok) return false;
    return run(() => apiSend('PATCH', API.conversation(detail.id), checked.data, ConversationSummary));
  };

  return {
    busy,
    assignToMe: () => (detail.assignee?.id === userId ? Promise.resolve() : assign(userId)),
    unassign: () => assign(null),
    update,
    toggleResolved: async () => {
      await update({ status: detail.status === 'resolved' ? 'open' : 'resolved' });
    },
    transfer: async ({ teamId, assigneeId, reason }) => {
      // Team first: a team with automatic assignment may pick an owner, which the chosen owner then replaces.
      if (teamId !== (detail.team?.id ?? null) && !(await update({ teamId }))) return false;
      if (assigneeId === (detail.assignee?.id ?? null) && !reason) return true;
      const checked = validate(AssignConversationRequest, { assigneeId, ...(reason ? { reason } : {}) });
      if (!checked.ok) return false;
      return run(() => apiSend('PUT', API.conversationAssignment(detail.id), checked.data, ConversationSummary));
    },
    askingAboutPromises,
    stopAskingAboutPromises: () => setAskingAboutPromises(false),
    resolveWith: async (change) => {
      const checked = validate(UpdateConversationRequest, { status: 'resolved', ...change });
      if (!checked.ok) throw new Error('Invalid resolve request');
      setBusy(true);
      try {
        apply(await apiSend('PATCH', API.conversation(detail.id), checked.data, ConversationSummary));
      } finally {
        setBusy(false);
      }
    },
  };
}
