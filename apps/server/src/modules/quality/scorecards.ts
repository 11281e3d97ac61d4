import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  Scorecard,
  type NewScorecardRequest,
  type QualitySettings,
  type ScorecardEntry,
  type ScorecardSaved,
  type UpdateQualitySettingsRequest,
  type UpdateScorecardRequest,
} from '@sincere/contracts';
import type { Db, Tx } from '@sincere/db';
import type { AppContext } from '../../context';
import { AppError, notFound } from '../../http/app-error';
import type { AuthContext } from '../auth/auth-context';
import { DEFAULT_SCORECARD } from './default-scorecard';
import { reviseScorecard } from './score-review';
import { auditQuality } from './audit-quality';
import { startRescore, toRescoreRun } from './rescore';
import {
  findCurrentScorecardOfFamily,
  findQualitySettings,
  findScorecardById,
  insertQualitySettings,
  insertScorecard,
  listCurrentScorecards,
  lockQualitySettings,
  updateQualitySettingsRow,
  updateScorecardRow,
  type QualitySettingsRow,
  type ScorecardRow,
} from './scorecards.repository';

export interface QualitySetup {
  settings: QualitySettingsRow;
  scorecard: ScorecardRow;
}

/**
 * The account's QA settings and the current version of its default scorecard. The first use creates both
 * (the default scorecard of issue 8), under the settings row's lock so two first uses create one.
 */
export async function qualitySetup(db: Db, accountId: string): Promise<QualitySetup> {
  const existing = await findQualitySettings(db, accountId);
  if (existing) {
    const scorecard = await findCurrentScorecardOfFamily(db, accountId, existing.defaultFamilyId);
    if (scorecard) return { settings: existing, scorecard };
  }
  return db.transaction(async (tx) => {
    const familyId = randomUUID();
    // Inserting first takes the row's lock for whoever wins; the loser waits on the lock below and reads theirs.
    if (await insertQualitySettings(tx, { accountId, defaultFamilyId: familyId })) {
      const scorecard = await insertScorecard(tx, {
        accountId,
        familyId,
        version: 1,
        name: DEFAULT_SCORECARD.name,
        categories: DEFAULT_SCORECARD.categories,
        current: true,
      });
      const settings = await lockQualitySettings(tx, accountId);
      if (!settings) throw new Error('quality settings vanished inside their transaction');
      return { settings, scorecard };
    }
    const settings = await lockQualitySettings(tx, accountId);
    if (!settings) throw new Error('quality settings vanished inside their transaction');
    const scorecard = await findCurrentScorecardOfFamily(tx, accountId, settings.defaultFamilyId);
    if (!scorecard) throw new Error(`default scorecard family ${settings.defaultFamilyId} has no current version`);
    return { settings, scorecard };
  });
}

/** The stored row as the contracts' scorecard, which `scoreReview` and the automatic scorer take. */
export function scorecardOf(row: ScorecardRow): Scorecard {
  return {
    id: row.id,
    name: row.name,
    version: row.version,
    categories: row.categories,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toScorecardEntry(row: ScorecardRow, defaultFamilyId: string): ScorecardEntry {
  return {
    ...scorecardOf(row),
    id: row.id,
    familyId: row.familyId,
    current: row.current,
    isDefault: row.familyId === defaultFamilyId,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listScorecards(ctx: AppContext, caller: AuthContext): Promise<ScorecardEntry[]> {
  const { db } = ctx.database;
  const { settings } = await qualitySetup(db, caller.accountId);
  const rows = await listCurrentScorecards(db, caller.accountId);
  return rows.map((row) => toScorecardEntry(row, settings.defaultFamilyId));
}

export async function readScorecard(ctx: AppContext, caller: AuthContext, id: string): Promise<ScorecardEntry> {
  const { db } = ctx.database;
  const { settings } = await qualitySetup(db, caller.accountId);
  const row = await findScorecardById(db, caller.accountId, id);
  if (!row) throw notFound('Scorecard');
  return toScorecardEntry(row, settings.defaultFamilyId);
}

export async function createScorecard(
  ctx: AppContext,
  caller: AuthContext,
  input: NewScorecardRequest,
): Promise<ScorecardEntry> {
  const { db } = ctx.database;
  const { settings } = await qualitySetup(db, caller.accountId);
  const card = parseScorecard({ name: input.name, version: 1, categories: input.categories });
  const row = await db.transaction(async (tx) => {
    const created = await insertScorecard(tx, {
      accountId: caller.accountId,
      familyId: randomUUID(),
      version: 1,
      name: card.name,
      categories: card.categories,
      current: true,
      createdBy: caller.user.id,
      createdAt: ctx.clock(),
    });
    await auditQuality(tx, caller, 'quality.scorecard_created', 'qa_scorecard', created.id);
    return created;
  });
  return toScorecardEntry(row, settings.defaultFamilyId);
}

/**
 * Edits the current version. Text-only edits are saved in place; a change of meaning adds the next version
 * (old reviews keep theirs) and, for the default scorecard, starts re-scoring the automatic reviews.
 */
export async function updateScorecard(
  ctx: AppContext,
  caller: AuthContext,
  id: string,
  changes: UpdateScorecardRequest,
): Promise<ScorecardSaved> {
  const { db } = ctx.database;
  const { settings } = await qualitySetup(db, caller.accountId);
  const result = await db.transaction(async (tx) => {
    const current = await lockCurrent(tx, caller.accountId, id);
    const revised = revise(scorecardOf(current), changes);
    if (!revised.newVersion) {
      const saved = await updateScorecardRow(tx, caller.accountId, current.id, {
        name: revised.scorecard.name,
        categories: revised.scorecard.categories,
      });
      await auditQuality(tx, caller, 'quality.scorecard_edited', 'qa_scorecard', saved.id);
      return { row: saved, newVersion: false };
    }
    await updateScorecardRow(tx, caller.accountId, current.id, { current: false });
    const next = await insertScorecard(tx, {
      accountId: caller.accountId,
      familyId: current.familyId,
      version: revised.scorecard.version,
      name: revised.scorecard.name,
      categories: revised.scorecard.categories,
      current: true,
      createdBy: caller.user.id,
      createdAt: ctx.clock(),
    });
    await auditQuality(tx, caller, 'quality.scorecard_versioned', 'qa_scorecard', next.id, { version: next.version });
    return { row: next, newVersion: true };
  });
  const rescore =
    result.newVersion && result.row.familyId === settings.defaultFamilyId
      ? await startRescore(ctx, caller.accountId, result.row.id)
      : null;
  return {
    scorecard: toScorecardEntry(result.row, settings.defaultFamilyId),
    newVersion: result.newVersion,
    rescore: rescore ? toRescoreRun(rescore) : null,
  };
}

async function lockCurrent(tx: Tx, accountId: string, id: string): Promise<ScorecardRow> {
  const row = await findScorecardById(tx, accountId, id);
  if (!row) throw notFound('Scorecard');
  const locked = await findCurrentScorecardOfFamily(tx, accountId, row.familyId);
  if (!locked || locked.id !== row.id) {
    throw new AppError('conflict', `Version ${row.version} is not the current one: edit the latest version`);
  }
  return locked;
}

function revise(current: Scorecard, changes: UpdateScorecardRequest) {
  try {
    return reviseScorecard(current, {
      ...(changes.name ? { name: changes.name } : {}),
      ...(changes.categories ? { categories: changes.categories } : {}),
    });
  } catch (error) {
    throw asValidationError(error);
  }
}

function parseScorecard(input: unknown): Scorecard {
  try {
    return Scorecard.parse(input);
  } catch (error) {
    throw asValidationError(error);
  }
}

/** A scorecard-wide rule (a key used twice) as a 422 naming the field. */
function asValidationError(error: unknown): unknown {
  if (error instanceof z.ZodError) {
    const fields: Record<string, string> = {};
    for (const issue of error.issues) fields[issue.path.join('.') || 'scorecard'] = issue.message;
    return new AppError('validation_failed', 'The scorecard is not valid', fields);
  }
  return error;
}

export async function readQualitySettings(ctx: AppContext, caller: AuthContext): Promise<QualitySettings> {
  const { settings, scorecard } = await qualitySetup(ctx.database.db, caller.accountId);
  return toQualitySettings(settings, scorecard);
}

export async function changeQualitySettings(
  ctx: AppContext,
  caller: AuthContext,
  input: UpdateQualitySettingsRequest,
): Promise<QualitySettings> {
  const { db } = ctx.database;
  await qualitySetup(db, caller.accountId);
  return db.transaction(async (tx) => {
    let defaultFamilyId: string | undefined;
    if (input.defaultScorecardId) {
      const row = await findScorecardById(tx, caller.accountId, input.defaultScorecardId);
      if (!row) {
        throw new AppError('validation_failed', 'No such scorecard', {
          defaultScorecardId: 'No scorecard with this id',
        });
      }
      defaultFamilyId = row.familyId;
    }
    const settings = await updateQualitySettingsRow(tx, caller.accountId, {
      ...(defaultFamilyId ? { defaultFamilyId } : {}),
      ...(input.samplePerAgent !== undefined ? { samplePerAgent: input.samplePerAgent } : {}),
      ...(input.lowScoreBelow !== undefined ? { lowScoreBelow: input.lowScoreBelow } : {}),
      updatedAt: ctx.clock(),
    });
    const scorecard = await findCurrentScorecardOfFamily(tx, caller.accountId, settings.defaultFamilyId);
    if (!scorecard) throw new Error('default scorecard has no current version');
    await auditQuality(tx, caller, 'quality.settings_changed', 'qa_settings', null, { ...input });
    return toQualitySettings(settings, scorecard);
  });
}

function toQualitySettings(settings: QualitySettingsRow, scorecard: ScorecardRow): QualitySettings {
  return {
    defaultScorecardId: scorecard.id,
    samplePerAgent: settings.samplePerAgent,
    lowScoreBelow: settings.lowScoreBelow,
  };
}
