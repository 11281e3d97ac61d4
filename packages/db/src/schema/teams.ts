import { index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

import { users } from './users';
import { createdAt, id } from './columns';
import { accountId } from './account-column';

/** A group of agents that conversations are routed to. */
export const teams = pgTable(
  'teams',
  {
    id: id(),
    accountId: accountId(),
    name: text('name').notNull(),
    /** manual: a person assigns; round_robin / least_loaded: online members with free capacity get conversations in turn. */
    assignment: text('assignment', { enum: ['manual', 'round_robin', 'least_loaded'] })
      .notNull()
      .default('manual'),
    /** Round-robin's position: the member who got the last conversation. */
    lastAssignedUserId: uuid('last_assigned_user_id').references(() => users.id),
    slaPolicyId: uuid('sla_policy_id'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('teams_account_name_key').on(t.accountId, t.name)],
);

export const teamMembers = pgTable(
  'team_members',
  {
    id: id(),
    accountId: accountId(),
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('team_members_team_user_key').on(t.teamId, t.userId),
    index('team_members_user_idx').on(t.accountId, t.userId),
  ],
);
