import type { Tx } from '@sincere/db';
import type { Role } from '@sincere/contracts';
import { AppError } from '../../http/app-error';
import { isUniqueViolation } from '../conversations/conversation-writes';
import { slaPolicyExists } from './teams.repository';

/** Who creates, changes and staffs teams; everyone signed in reads them. */
export const TEAM_MANAGERS: readonly Role[] = ['admin', 'lead'];

export async function checkSlaPolicy(tx: Tx, accountId: string, slaPolicyId: string | null | undefined): Promise<void> {
  if (!slaPolicyId || (await slaPolicyExists(tx, accountId, slaPolicyId))) return;
  throw new AppError('validation_failed', 'No such SLA policy', { slaPolicyId: 'No SLA policy with this id' });
}

/** Team names are unique in an account: the unique index decides, so two requests at once cannot both win. */
export async function withUniqueName<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError('conflict', 'A team with this name already exists', { name: 'Already used by another team' });
    }
    throw error;
  }
}
