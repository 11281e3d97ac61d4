import { sql } from 'drizzle-orm';
import {
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { conversations } from './conversations';
import { users } from './users';
import { createdAt, id, instant } from './columns';
import { accountId } from './account-column';

/** Text in the two languages the agent workspace speaks. */
export interface LocalizedText {
  en: string;
  ru: string;
}

/** A scorecard category as stored; the contracts' `ScorecardCategory` schema checks it on the way in. */
export interface StoredCategory {
  key: string;
  name: LocalizedText;
  description: LocalizedText;
  weight: number;
  scale: 'binary' | 'three' | 'four' | 'five';
  allowNa: boolean;
  critical: boolean;
  automatic: 'auto' | 'human_only';
}

/** Why the automatic scorer gave a rating: which message, which words, which rule. */
export interface StoredEvidence {
  message: string | null;
  quote: string | null;
  rule: string;
}

export interface StoredRating {
  category: string;
  value: number | 'na';
  comment?: string;
  evidence?: StoredEvidence[];
}

export interface StoredSentiment {
  start: 'negative' | 'neutral' | 'positive';
  end: 'negative' | 'neutral' | 'positive';
  change: 'improved' | 'worsened' | 'unchanged';
  /** Per customer message: the message id and its score, −1..1. */
  perMessage: { message: string; score: number }[];
}

/**
 * One version of a scorecard. A change of meaning (weights, scales, N/A, critical flags, categories) adds a
 * version to the family and makes it current; reviews keep pointing at the version they were scored with.
 */
export const qaScorecards = pgTable(
  'qa_scorecards',
  {
    id: id(),
    accountId: accountId(),
    familyId: uuid('family_id').notNull(),
    version: integer('version').notNull(),
    name: jsonb('name').$type<LocalizedText>().notNull(),
    categories: jsonb('categories').$type<StoredCategory[]>().notNull(),
    current: boolean('current').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('qa_scorecards_version_idx').on(t.accountId, t.familyId, t.version),
    uniqueIndex('qa_scorecards_current_idx')
      .on(t.accountId, t.familyId)
      .where(sql`current`),
  ],
);

/** An account's QA settings; the row appears the first time the account's quality review is used. */
export const qaSettings = pgTable('qa_settings', {
  accountId: accountId().primaryKey(),
  /** The scorecard family the automatic review and the assignments use. */
  defaultFamilyId: uuid('default_family_id').notNull(),
  /** Conversations drawn at random per agent per week for human review. */
  samplePerAgent: integer('sample_per_agent').notNull().default(3),
  /** An automatic score below this (0–100) puts the conversation in a reviewer's queue. */
  lowScoreBelow: integer('low_score_below').notNull().default(60),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

/**
 * A review of one cycle of a conversation (a reopened and re-resolved conversation is reviewed again).
 * automatic: by the scorer, one per cycle, re-scored in place when the scorecard changes. manual: a reviewer's,
 * counted in the quality score. calibration: a reviewer's blind review in a calibration round, kept out of it.
 */
export const qaReviews = pgTable(
  'qa_reviews',
  {
    id: id(),
    accountId: accountId(),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id),
    cycle: integer('cycle').notNull(),
    scorecardId: uuid('scorecard_id')
      .notNull()
      .references(() => qaScorecards.id),
    kind: text('kind', { enum: ['automatic', 'manual', 'calibration'] }).notNull(),
    reviewerId: uuid('reviewer_id').references(() => users.id),
    /** The agent the review is about: who replied most in the cycle. Null when no person replied. */
    agentId: uuid('agent_id').references(() => users.id),
    calibrationId: uuid('calibration_id'),
    ratings: jsonb('ratings').$type<StoredRating[]>().notNull(),
    /** 0–100, null when every category is N/A (or, for an automatic review, left to people). */
    score: doublePrecision('score'),
    criticalFailed: boolean('critical_failed').notNull(),
    humanOnly: jsonb('human_only').$type<string[]>().notNull().default([]),
    sentiment: jsonb('sentiment').$type<StoredSentiment>(),
    comment: text('comment'),
    acknowledgedAt: instant('acknowledged_at'),
    /** When the cycle the review is about ended: the week and trend a review counts in. */
    resolvedAt: instant('resolved_at').notNull(),
    createdAt: createdAt(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('qa_reviews_automatic_idx')
      .on(t.accountId, t.conversationId, t.cycle)
      .where(sql`kind = 'automatic'`),
    uniqueIndex('qa_reviews_reviewer_idx')
      .on(
        t.accountId,
        t.conversationId,
        t.cycle,
        t.reviewerId,
        sql`coalesce(calibration_id, '00000000-0000-0000-0000-000000000000'::uuid)`,
      )
      .where(sql`kind <> 'automatic'`),
    index('qa_reviews_agent_idx').on(t.accountId, t.agentId, t.resolvedAt),
    index('qa_reviews_conversation_idx').on(t.accountId, t.conversationId),
    // Re-scoring walks the automatic reviews of an account by id, skipping those already on the new version.
    index('qa_reviews_rescore_idx')
      .on(t.accountId, t.id)
      .where(sql`kind = 'automatic'`),
  ],
);

/** An agent's dispute of one category of a review; a lead accepts it (with a new rating) or rejects it. */
export const qaDisputes = pgTable(
  'qa_disputes',
  {
    id: id(),
    accountId: accountId(),
    reviewId: uuid('review_id')
      .notNull()
      .references(() => qaReviews.id),
    category: text('category').notNull(),
    raisedBy: uuid('raised_by')
      .notNull()
      .references(() => users.id),
    reason: text('reason').notNull(),
    status: text('status', { enum: ['open', 'accepted', 'rejected'] }).notNull(),
    /** The rating before the dispute, and the one the lead set when accepting it. */
    originalValue: jsonb('original_value').$type<number | 'na'>().notNull(),
    decidedValue: jsonb('decided_value').$type<number | 'na'>(),
    decidedBy: uuid('decided_by').references(() => users.id),
    decisionComment: text('decision_comment'),
    decidedAt: instant('decided_at'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('qa_disputes_category_idx').on(t.accountId, t.reviewId, t.category),
    index('qa_disputes_status_idx').on(t.accountId, t.status, t.createdAt),
  ],
);

/** A calibration round: several reviewers score the same conversations without seeing each other's ratings. */
export const qaCalibrations = pgTable('qa_calibrations', {
  id: id(),
  accountId: accountId(),
  name: text('name').notNull(),
  scorecardId: uuid('scorecard_id')
    .notNull()
    .references(() => qaScorecards.id),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: createdAt(),
  /** Closed: the ratings are revealed to everyone and agreement is final. */
  closedAt: instant('closed_at'),
});

/** A conversation in a reviewer's queue, and why it is there. */
export const qaAssignments = pgTable(
  'qa_assignments',
  {
    id: id(),
    accountId: accountId(),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id),
    cycle: integer('cycle').notNull(),
    reviewerId: uuid('reviewer_id')
      .notNull()
      .references(() => users.id),
    agentId: uuid('agent_id').references(() => users.id),
    reason: text('reason', {
      enum: ['weekly_sample', 'low_score', 'negative_csat', 'broken_promise', 'calibration', 'manual'],
    }).notNull(),
    calibrationId: uuid('calibration_id').references(() => qaCalibrations.id),
    status: text('status', { enum: ['pending', 'done', 'skipped'] }).notNull(),
    reviewId: uuid('review_id').references(() => qaReviews.id),
    createdAt: createdAt(),
    doneAt: instant('done_at'),
  },
  (t) => [
    // Once per cycle and reviewer, and once more per calibration round (NULLs would never conflict).
    uniqueIndex('qa_assignments_once_idx').on(
      t.accountId,
      t.conversationId,
      t.cycle,
      t.reviewerId,
      sql`coalesce(calibration_id, '00000000-0000-0000-0000-000000000000'::uuid)`,
    ),
    index('qa_assignments_queue_idx').on(t.accountId, t.reviewerId, t.status, t.createdAt),
    index('qa_assignments_calibration_idx').on(t.accountId, t.calibrationId),
  ],
);

/** Re-scoring the automatic reviews after a scorecard change: a background run with visible progress. */
export const qaRescoreRuns = pgTable(
  'qa_rescore_runs',
  {
    id: id(),
    accountId: accountId(),
    scorecardId: uuid('scorecard_id')
      .notNull()
      .references(() => qaScorecards.id),
    status: text('status', { enum: ['running', 'done', 'failed', 'superseded'] }).notNull(),
    total: integer('total').notNull(),
    done: integer('done').notNull().default(0),
    /** Keyset cursor: the last automatic review re-scored. */
    afterReviewId: uuid('after_review_id'),
    error: text('error'),
    startedAt: createdAt(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
    finishedAt: instant('finished_at'),
  },
  (t) => [index('qa_rescore_runs_account_idx').on(t.accountId, t.startedAt)],
);

/** A weekly sample is drawn once per account and week, however often the job runs. */
export const qaSampledWeeks = pgTable(
  'qa_sampled_weeks',
  {
    accountId: accountId(),
    /** Monday of the week sampled, in the account's time zone, as YYYY-MM-DD. */
    week: text('week').notNull(),
    sampledAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.week] })],
);
