import type { TeamAssignment } from '@sincere/contracts';

export interface RoutingCandidate {
  userId: string;
  /** Open conversations they own: what least-loaded compares. */
  open: number;
  /** Open and pending conversations they own: what capacity limits. */
  load: number;
  capacity: number;
}

/**
 * The team's members in the order they joined, turned so that the member after
 * the last one given a conversation comes first. A last assignee who has left
 * the team starts the turn from the beginning.
 */
export function turnOrder(memberIds: readonly string[], lastAssignedUserId: string | null): string[] {
  const last = lastAssignedUserId ? memberIds.indexOf(lastAssignedUserId) : -1;
  return [...memberIds.slice(last + 1), ...memberIds.slice(0, last + 1)];
}

/**
 * Who gets the next conversation: round robin takes the next member in turn
 * with a free slot; least loaded takes the one with the fewest open
 * conversations, the turn order breaking ties. Null when everyone is full.
 * `candidates` are the members who may take work now (online, active).
 */
export function chooseAgent(
  mode: Exclude<TeamAssignment, 'manual'>,
  memberIds: readonly string[],
  lastAssignedUserId: string | null,
  candidates: readonly RoutingCandidate[],
): string | null {
  const byId = new Map(candidates.filter((c) => c.load < c.capacity).map((c) => [c.userId, c]));
  const inTurn = turnOrder(memberIds, lastAssignedUserId).flatMap((id) => byId.get(id) ?? []);
  if (mode === 'round_robin') return inTurn[0]?.userId ?? null;
  let best: RoutingCandidate | null = null;
  for (const candidate of inTurn) if (!best || candidate.open < best.open) best = candidate;
  return best?.userId ?? null;
}
