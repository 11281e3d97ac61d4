import type { NewPromiseRequest, PromiseSuggestion, UpdatePromiseRequest } from '@sincere/contracts';
import { fromLocalInput, toLocalInput } from './promise-format';
import type { PromiseDraft } from './promise-fields';

export type DraftProblem = 'whatRequired' | 'dueInvalid';
export type DraftResult<T> =
  { ok: true; data: T } | { ok: false; problems: { what?: DraftProblem; due?: DraftProblem } };

/** The edit form of a proposal starts from what was detected: its words and its due time (or the default). */
export function draftOfSuggestion(suggestion: PromiseSuggestion, defaultDueAt: string): PromiseDraft {
  return { what: suggestion.what, due: toLocalInput(suggestion.dueAt ?? defaultDueAt) };
}

/**
 * What "Track" sends. Unedited: the detected words and time as they are (no time → the server applies the
 * account's default). Edited: the agent's words, and the time they chose; the words that gave the time are kept
 * only while the time is the detected one.
 */
export function trackRequest(
  suggestion: PromiseSuggestion,
  messageId: string,
  edited: PromiseDraft | null,
  defaultDueAt: string,
): DraftResult<NewPromiseRequest> {
  if (!edited) {
    return {
      ok: true,
      data: {
        what: suggestion.what,
        messageId,
        timeText: suggestion.timeText,
        ...(suggestion.dueAt ? { dueAt: suggestion.dueAt } : {}),
      },
    };
  }
  const what = edited.what.trim();
  const dueAt = edited.due === '' ? null : fromLocalInput(edited.due);
  const problems: { what?: DraftProblem; due?: DraftProblem } = {};
  if (!what) problems.what = 'whatRequired';
  if (edited.due !== '' && !dueAt) problems.due = 'dueInvalid';
  if (problems.what || problems.due) return { ok: false, problems };
  const untouched = edited.due === draftOfSuggestion(suggestion, defaultDueAt).due;
  if (untouched) {
    // The time shown was the detected one (or the default): send it as detected.
    return {
      ok: true,
      data: {
        what,
        messageId,
        timeText: suggestion.timeText,
        ...(suggestion.dueAt ? { dueAt: suggestion.dueAt } : {}),
      },
    };
  }
  return { ok: true, data: { what, messageId, timeText: null, ...(dueAt ? { dueAt } : {}) } };
}

/** What "Save" in the edit dialog sends: only what changed. */
export function editRequest(
  current: { what: string; dueAt: string },
  edited: PromiseDraft,
): DraftResult<UpdatePromiseRequest> {
  const what = edited.what.trim();
  const dueAt = fromLocalInput(edited.due);
  const problems: { what?: DraftProblem; due?: DraftProblem } = {};
  if (!what) problems.what = 'whatRequired';
  if (!dueAt) problems.due = 'dueInvalid';
  if (problems.what || problems.due || !dueAt) return { ok: false, problems };
  const dueChanged = toLocalInput(current.dueAt) !== edited.due;
  return {
    ok: true,
    data: { ...(what !== current.what ? { what } : {}), ...(dueChanged ? { dueAt } : {}) },
  };
}
