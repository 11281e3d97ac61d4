import type { AgentPresence, Role, Team, User } from '@sincere/contracts';

/** Who may be on a team and take conversations: the server refuses reviewers and deactivated people. */
const WORKING_ROLES: readonly Role[] = ['admin', 'lead', 'agent'];

export function canWorkConversations(user: User): boolean {
  return user.status !== 'deactivated' && WORKING_ROLES.includes(user.role);
}

/** A `presence.changed` delta applied to the members it concerns; teams without them stay the same objects. */
export function withMemberPresence(teams: readonly Team[], agent: AgentPresence): Team[] {
  return teams.map((team) =>
    team.members.some((member) => member.id === agent.userId)
      ? {
          ...team,
          members: team.members.map((member) =>
            member.id === agent.userId ? { ...member, presence: agent.presence, capacity: agent.capacity } : member,
          ),
        }
      : team,
  );
}

/** People who could join the team: those who work conversations and are not in it yet, by name. */
export function candidatesFor(team: Team, users: readonly User[]): User[] {
  const members = new Set(team.members.map((member) => member.id));
  return users
    .filter((user) => canWorkConversations(user) && !members.has(user.id))
    .sort((a, b) => a.name.localeCompare(b.name));
}
