import { z } from 'zod';
import { Id, IsoDateTime, Role } from './common';
import { Presence } from './routing';

/**
 * manual: a person assigns. round_robin: online members below capacity take turns.
 * least_loaded: the online member with the fewest open conversations, turns breaking ties.
 */
export const TeamAssignment = z.enum(['manual', 'round_robin', 'least_loaded']);
export type TeamAssignment = z.infer<typeof TeamAssignment>;

export const TeamMember = z
  .object({
    id: Id,
    name: z.string(),
    role: Role,
    presence: Presence,
    capacity: z.number().int(),
  })
  .meta({ id: 'TeamMember' });
export type TeamMember = z.infer<typeof TeamMember>;

export const Team = z
  .object({
    id: Id,
    name: z.string(),
    assignment: TeamAssignment,
    slaPolicyId: Id.nullable(),
    /** In the order they joined: the order round robin takes turns in. */
    members: z.array(TeamMember),
    createdAt: IsoDateTime,
  })
  .meta({ id: 'Team' });
export type Team = z.infer<typeof Team>;

export const TeamList = z.object({ items: z.array(Team) });
export type TeamList = z.infer<typeof TeamList>;

const TeamName = z.string().trim().min(1).max(80);

export const CreateTeamRequest = z
  .object({
    name: TeamName,
    assignment: TeamAssignment.default('manual'),
    slaPolicyId: Id.nullable().optional(),
  })
  .strict();
export type CreateTeamRequest = z.infer<typeof CreateTeamRequest>;

export const UpdateTeamRequest = z
  .object({
    name: TeamName.optional(),
    assignment: TeamAssignment.optional(),
    /** null removes the team's SLA policy. */
    slaPolicyId: Id.nullable().optional(),
  })
  .strict();
export type UpdateTeamRequest = z.infer<typeof UpdateTeamRequest>;

export const TeamMemberParams = z.object({ id: Id, userId: Id });
