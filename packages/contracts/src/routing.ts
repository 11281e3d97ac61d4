import { z } from 'zod';
import { Id, Role } from './common';

/** Automatic assignment gives conversations only to agents who are online. */
export const Presence = z.enum(['online', 'away', 'offline']);
export type Presence = z.infer<typeof Presence>;

/** How many open and pending conversations automatic assignment may give one agent at once; 0 takes none. */
export const Capacity = z.number().int().min(0).max(200);

export const AgentPresence = z
  .object({
    userId: Id,
    presence: Presence,
    capacity: Capacity,
  })
  .meta({ id: 'AgentPresence' });
export type AgentPresence = z.infer<typeof AgentPresence>;

export const SetPresenceRequest = z
  .object({
    presence: Presence,
    /** Admins and leads may change their own capacity here; an agent's is set by an admin or a lead. */
    capacity: Capacity.optional(),
  })
  .strict();
export type SetPresenceRequest = z.infer<typeof SetPresenceRequest>;

export const SetCapacityRequest = z.object({ capacity: Capacity }).strict();
export type SetCapacityRequest = z.infer<typeof SetCapacityRequest>;

/** Someone conversations can be assigned to, as pickers show them: presence, capacity and current load. */
export const Agent = z
  .object({
    id: Id,
    name: z.string(),
    role: Role,
    presence: Presence,
    capacity: Capacity,
    /** Open and pending conversations they own now. */
    load: z.number().int(),
  })
  .meta({ id: 'Agent' });
export type Agent = z.infer<typeof Agent>;

export const AgentList = z.object({ items: z.array(Agent) });
export type AgentList = z.infer<typeof AgentList>;
