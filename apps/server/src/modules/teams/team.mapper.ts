import type { Team } from '@sincere/contracts';
import type { TeamWithMembers } from './teams.repository';

export function toTeam({ team, members }: TeamWithMembers): Team {
  return {
    id: team.id,
    name: team.name,
    assignment: team.assignment,
    slaPolicyId: team.slaPolicyId,
    members: members.map(({ id, name, role, presence, capacity }) => ({ id, name, role, presence, capacity })),
    createdAt: team.createdAt.toISOString(),
  };
}
