import { z } from 'zod';
import { Id, IsoDateTime, pageOf } from './common';
import { CategoryKey, CategoryRating, CategoryScore, Scorecard, ScorecardCategory } from './quality';

/** Paths of quality review (issue 8): scorecards, reviews, assignments, disputes, calibration and coaching. */
export const QUALITY_API = {
  scorecards: '/api/v1/quality/scorecards',
  scorecard: (id: string) => `/api/v1/quality/scorecards/${id}`,
  settings: '/api/v1/quality/settings',
  rescoreRun: '/api/v1/quality/rescore-runs/latest',
  assignments: '/api/v1/quality/assignments',
  sample: '/api/v1/quality/assignments/sample',
  conversationQuality: (conversationId: string) => `/api/v1/conversations/${conversationId}/quality`,
  conversationReviews: (conversationId: string) => `/api/v1/conversations/${conversationId}/reviews`,
  reviews: '/api/v1/quality/reviews',
  review: (id: string) => `/api/v1/quality/reviews/${id}`,
  acknowledge: (id: string) => `/api/v1/quality/reviews/${id}/acknowledge`,
  disputeReview: (id: string) => `/api/v1/quality/reviews/${id}/disputes`,
  disputes: '/api/v1/quality/disputes',
  decideDispute: (id: string) => `/api/v1/quality/disputes/${id}/decision`,
  calibrations: '/api/v1/quality/calibrations',
  calibration: (id: string) => `/api/v1/quality/calibrations/${id}`,
  closeCalibration: (id: string) => `/api/v1/quality/calibrations/${id}/close`,
  coaching: '/api/v1/quality/coaching',
  overview: '/api/v1/quality/overview',
} as const;

const Person = z.object({ id: Id, name: z.string() }).meta({ id: 'QualityPerson' });

/** A stored scorecard version: which family it belongs to, and whether it is the one in use. */
export const ScorecardEntry = Scorecard.and(
  z.object({
    id: Id,
    familyId: Id,
    current: z.boolean().describe('The latest version of its family'),
    isDefault: z.boolean().describe('The family used by the automatic review and assignments'),
    createdAt: IsoDateTime,
  }),
).meta({ id: 'ScorecardEntry' });
export type ScorecardEntry = z.infer<typeof ScorecardEntry>;

export const ScorecardList = z.object({ scorecards: z.array(ScorecardEntry) }).meta({ id: 'ScorecardList' });
export type ScorecardList = z.infer<typeof ScorecardList>;

const ScorecardName = z.object({
  en: z.string().trim().min(1, 'name.en is empty').max(120, 'name.en is longer than 120 characters'),
  ru: z.string().trim().min(1, 'name.ru is empty').max(120, 'name.ru is longer than 120 characters'),
});

export const NewScorecardRequest = z
  .object({ name: ScorecardName, categories: z.array(ScorecardCategory).min(1).max(50) })
  .strict()
  .meta({ id: 'NewScorecardRequest' });
export type NewScorecardRequest = z.infer<typeof NewScorecardRequest>;

/** Edits the current version: a change of meaning makes a new version (and re-scores automatic reviews). */
export const UpdateScorecardRequest = z
  .object({ name: ScorecardName.optional(), categories: z.array(ScorecardCategory).min(1).max(50).optional() })
  .strict()
  .meta({ id: 'UpdateScorecardRequest' });
export type UpdateScorecardRequest = z.infer<typeof UpdateScorecardRequest>;

export const RescoreRun = z
  .object({
    id: Id,
    scorecardId: Id,
    status: z.enum(['running', 'done', 'failed', 'superseded']),
    total: z.int(),
    done: z.int(),
    error: z.string().nullable(),
    startedAt: IsoDateTime,
    finishedAt: IsoDateTime.nullable(),
  })
  .meta({ id: 'RescoreRun' });
export type RescoreRun = z.infer<typeof RescoreRun>;

export const ScorecardSaved = z
  .object({
    scorecard: ScorecardEntry,
    newVersion: z.boolean(),
    rescore: RescoreRun.nullable().describe('Started when the default scorecard got a new version'),
  })
  .meta({ id: 'ScorecardSaved' });
export type ScorecardSaved = z.infer<typeof ScorecardSaved>;

export const QualitySettings = z
  .object({
    defaultScorecardId: Id.describe('Current version of the scorecard family in use'),
    samplePerAgent: z.int().min(0).max(50).describe('Conversations drawn per agent per week for human review'),
    lowScoreBelow: z.int().min(0).max(100).describe('Automatic scores below this go to a reviewer'),
  })
  .meta({ id: 'QualitySettings' });
export type QualitySettings = z.infer<typeof QualitySettings>;

export const UpdateQualitySettingsRequest = z
  .object({
    defaultScorecardId: Id.optional(),
    samplePerAgent: z
      .int('samplePerAgent must be a whole number')
      .min(0, 'samplePerAgent must be 0 or more')
      .max(50, 'samplePerAgent must be at most 50')
      .optional(),
    lowScoreBelow: z
      .int('lowScoreBelow must be a whole number')
      .min(0, 'lowScoreBelow must be 0–100')
      .max(100, 'lowScoreBelow must be 0–100')
      .optional(),
  })
  .strict()
  .meta({ id: 'UpdateQualitySettingsRequest' });
export type UpdateQualitySettingsRequest = z.infer<typeof UpdateQualitySettingsRequest>;

export const Evidence = z
  .object({
    messageId: Id.nullable().describe('The message the rule read; null for a fact of the conversation'),
    quote: z.string().nullable().describe('The exact words, a substring of the message'),
    rule: z.string().describe('Stable rule id, e.g. "greeting.with_name"; the UI translates it'),
  })
  .meta({ id: 'Evidence' });
export type Evidence = z.infer<typeof Evidence>;

export const ReviewRating = CategoryRating.extend({ evidence: z.array(Evidence) }).meta({ id: 'ReviewRating' });
export type ReviewRating = z.infer<typeof ReviewRating>;

export const SentimentLabel = z.enum(['negative', 'neutral', 'positive']);
export const ConversationSentiment = z
  .object({
    start: SentimentLabel,
    end: SentimentLabel,
    change: z.enum(['improved', 'worsened', 'unchanged']),
    perMessage: z.array(z.object({ messageId: Id, score: z.number().min(-1).max(1) })),
  })
  .meta({ id: 'ConversationSentiment' });
export type ConversationSentiment = z.infer<typeof ConversationSentiment>;

export const DisputeStatus = z.enum(['open', 'accepted', 'rejected']);
export const Dispute = z
  .object({
    id: Id,
    reviewId: Id,
    conversationId: Id,
    category: CategoryKey,
    raisedBy: Person,
    reason: z.string(),
    status: DisputeStatus,
    originalValue: CategoryRating.shape.value,
    decidedValue: CategoryRating.shape.value.nullable(),
    decidedBy: Person.nullable(),
    decisionComment: z.string().nullable(),
    decidedAt: IsoDateTime.nullable(),
    createdAt: IsoDateTime,
  })
  .meta({ id: 'Dispute' });
export type Dispute = z.infer<typeof Dispute>;

export const ReviewKind = z.enum(['automatic', 'manual', 'calibration']);
export type ReviewKind = z.infer<typeof ReviewKind>;

export const Review = z
  .object({
    id: Id,
    conversationId: Id,
    conversationSubject: z.string().nullable(),
    cycle: z.int(),
    kind: ReviewKind,
    scorecardId: Id,
    scorecardVersion: z.int(),
    reviewer: Person.nullable().describe('null for the automatic review'),
    agent: Person.nullable(),
    calibrationId: Id.nullable(),
    ratings: z.array(ReviewRating),
    score: z.number().nullable(),
    criticalFailed: z.boolean(),
    byCategory: z.array(CategoryScore),
    humanOnly: z.array(CategoryKey).describe('Categories the automatic scorer leaves to people'),
    sentiment: ConversationSentiment.nullable(),
    comment: z.string().nullable(),
    acknowledgedAt: IsoDateTime.nullable(),
    disputes: z.array(Dispute),
    resolvedAt: IsoDateTime,
    createdAt: IsoDateTime,
  })
  .meta({ id: 'Review' });
export type Review = z.infer<typeof Review>;

export const ReviewPage = pageOf(Review).meta({ id: 'ReviewPage' });
export type ReviewPage = z.infer<typeof ReviewPage>;

export const ReviewListQuery = z.object({
  agent: z
    .union([z.literal('me'), Id])
    .optional()
    .describe('Reviews about this agent; agents see only their own'),
  kind: ReviewKind.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type ReviewListQuery = z.infer<typeof ReviewListQuery>;

export const NewReviewRequest = z
  .object({
    ratings: z.array(CategoryRating).min(1, 'ratings must rate every category').max(50),
    comment: z.string().trim().max(4000, 'comment is longer than 4000 characters').optional(),
    calibrationId: Id.optional().describe('Score as part of this calibration round (blind, outside IQS)'),
  })
  .strict()
  .meta({ id: 'NewReviewRequest' });
export type NewReviewRequest = z.infer<typeof NewReviewRequest>;

/** What a reviewer needs beside the conversation: the automatic review and the reviews they may see. */
export const ConversationQuality = z
  .object({
    scorecard: ScorecardEntry.describe('The scorecard a new review is scored with'),
    automatic: Review.nullable(),
    automaticScorecard: ScorecardEntry.nullable().describe('The version the automatic review used'),
    reviews: z.array(Review).describe('Human reviews the caller may see (calibration ones stay blind)'),
  })
  .meta({ id: 'ConversationQuality' });
export type ConversationQuality = z.infer<typeof ConversationQuality>;

export const AssignmentReason = z.enum([
  'weekly_sample',
  'low_score',
  'negative_csat',
  'broken_promise',
  'calibration',
  'manual',
]);
export type AssignmentReason = z.infer<typeof AssignmentReason>;

export const Assignment = z
  .object({
    id: Id,
    conversationId: Id,
    conversationSubject: z.string().nullable(),
    customerName: z.string().nullable(),
    cycle: z.int(),
    reviewer: Person,
    agent: Person.nullable(),
    reason: AssignmentReason,
    calibrationId: Id.nullable(),
    status: z.enum(['pending', 'done', 'skipped']),
    automaticScore: z.number().nullable(),
    reviewId: Id.nullable(),
    createdAt: IsoDateTime,
  })
  .meta({ id: 'Assignment' });
export type Assignment = z.infer<typeof Assignment>;

export const AssignmentPage = pageOf(Assignment).meta({ id: 'AssignmentPage' });
export type AssignmentPage = z.infer<typeof AssignmentPage>;

export const AssignmentListQuery = z.object({
  status: z.enum(['pending', 'done', 'skipped']).default('pending'),
  reviewer: z.union([z.literal('me'), z.literal('anyone'), Id]).default('me'),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type AssignmentListQuery = z.infer<typeof AssignmentListQuery>;

export const NewAssignmentRequest = z
  .object({ conversationId: Id, reviewerId: Id })
  .strict()
  .meta({ id: 'NewAssignmentRequest' });
export type NewAssignmentRequest = z.infer<typeof NewAssignmentRequest>;

export const SampleRequest = z
  .object({ week: z.iso.date('week must be a date, YYYY-MM-DD').optional().describe('Any day of the week to sample') })
  .strict()
  .meta({ id: 'SampleRequest' });
export const SampleResult = z
  .object({ week: z.iso.date(), created: z.int(), alreadySampled: z.boolean() })
  .meta({ id: 'SampleResult' });
export type SampleResult = z.infer<typeof SampleResult>;

export const NewDisputeRequest = z
  .object({
    category: CategoryKey,
    reason: z.string().trim().min(1, 'reason is empty').max(2000, 'reason is longer than 2000 characters'),
  })
  .strict()
  .meta({ id: 'NewDisputeRequest' });
export type NewDisputeRequest = z.infer<typeof NewDisputeRequest>;

export const DisputeListQuery = z.object({ status: DisputeStatus.default('open') });
export const DisputeList = z.object({ disputes: z.array(Dispute) }).meta({ id: 'DisputeList' });
export type DisputeList = z.infer<typeof DisputeList>;

export const DisputeDecisionRequest = z
  .object({
    decision: z.enum(['accept', 'reject']),
    value: CategoryRating.shape.value.optional().describe('The corrected rating; required to accept'),
    comment: z.string().trim().max(2000, 'comment is longer than 2000 characters').optional(),
  })
  .strict()
  .meta({ id: 'DisputeDecisionRequest' });
export type DisputeDecisionRequest = z.infer<typeof DisputeDecisionRequest>;

export const NewCalibrationRequest = z
  .object({
    name: z.string().trim().min(1, 'name is empty').max(120, 'name is longer than 120 characters'),
    conversationIds: z.array(Id).min(1, 'conversationIds must name at least one conversation').max(50),
    reviewerIds: z.array(Id).min(2, 'reviewerIds must name at least two reviewers').max(20),
  })
  .strict()
  .meta({ id: 'NewCalibrationRequest' });
export type NewCalibrationRequest = z.infer<typeof NewCalibrationRequest>;

export const CategoryAgreement = z
  .object({
    category: CategoryKey,
    compared: z.int().describe('Conversation × reviewer-pair ratings compared (N/A left out)'),
    exact: z.number().nullable(),
    kappa: z.number().nullable().describe("Cohen's κ (two reviewers) or Light's κ (mean over pairs)"),
    weighted: z.boolean().describe('Linear-weighted κ on ordinal scales'),
  })
  .meta({ id: 'CategoryAgreement' });

export const Calibration = z
  .object({
    id: Id,
    name: z.string(),
    scorecardId: Id,
    createdAt: IsoDateTime,
    closedAt: IsoDateTime.nullable(),
    reviewers: z.array(Person),
    conversations: z.array(z.object({ id: Id, subject: z.string().nullable() })),
    submitted: z.int().describe('Reviews submitted so far'),
    expected: z.int().describe('Conversations × reviewers'),
    agreement: z.array(CategoryAgreement).nullable().describe('Shown once closed (blind until then)'),
  })
  .meta({ id: 'Calibration' });
export type Calibration = z.infer<typeof Calibration>;
export const CalibrationList = z.object({ calibrations: z.array(Calibration) }).meta({ id: 'CalibrationList' });
export type CalibrationList = z.infer<typeof CalibrationList>;

export const PeriodQuery = z.object({
  from: IsoDateTime.optional().describe('Default: 12 weeks ago'),
  to: IsoDateTime.optional().describe('Default: now'),
});

export const CoachingQuery = PeriodQuery.extend({ agent: z.union([z.literal('me'), Id]).default('me') });
export type CoachingQuery = z.infer<typeof CoachingQuery>;

const CoachingExample = z.object({
  reviewId: Id,
  conversationId: Id,
  conversationSubject: z.string().nullable(),
  value: CategoryRating.shape.value,
  score: z.number().nullable(),
  evidence: z.array(Evidence),
  quote: z.string().nullable().describe('The first quoted words of the evidence'),
});

export const CategoryFigure = z.object({
  category: CategoryKey,
  score: z.number().nullable().describe('Mean category score 0–100'),
  count: z.int(),
});

export const CategoryWeekFigure = z.object({
  week: z.iso.date().describe('Monday of the week'),
  category: CategoryKey,
  score: z.number().nullable().describe('Mean category score 0–100 that week, human and automatic ratings'),
  count: z.int(),
});

export const WeekFigure = z.object({
  week: z.iso.date().describe('Monday of the week'),
  iqs: z.number().nullable().describe('Mean of human review scores'),
  automatic: z.number().nullable().describe('Mean of automatic review scores'),
  reviews: z.int(),
});

export const Coaching = z
  .object({
    agent: Person,
    iqs: z.number().nullable().describe('Internal quality score: mean of human (non-calibration) reviews'),
    automatic: z.number().nullable(),
    reviews: z.int(),
    byCategory: z.array(CategoryFigure),
    weakest: z.array(
      z.object({
        category: CategoryKey,
        score: z.number(),
        examples: z.array(CoachingExample).describe("The agent's own conversations rated lowest"),
        better: z.array(CoachingExample).describe('Conversations (theirs first, then the team’s) rated best'),
      }),
    ),
    trend: z.array(WeekFigure),
    categoryTrend: z.array(CategoryWeekFigure).describe('Each category week by week'),
  })
  .meta({ id: 'Coaching' });
export type Coaching = z.infer<typeof Coaching>;

export const QualityOverview = z
  .object({
    iqs: z.number().nullable(),
    automatic: z.number().nullable(),
    reviews: z.int(),
    automaticReviews: z.int(),
    openDisputes: z.int(),
    pendingAssignments: z.int(),
    byAgent: z.array(
      z.object({ agent: Person, iqs: z.number().nullable(), automatic: z.number().nullable(), reviews: z.int() }),
    ),
    byCategory: z.array(CategoryFigure),
    trend: z.array(WeekFigure),
    categoryTrend: z.array(CategoryWeekFigure).describe('Each category week by week'),
    sentiment: z.object({ improved: z.int(), worsened: z.int(), unchanged: z.int() }),
  })
  .meta({ id: 'QualityOverview' });
export type QualityOverview = z.infer<typeof QualityOverview>;

export const OverviewQuery = PeriodQuery.extend({ team: Id.optional().describe('Only agents of this team') });
export type OverviewQuery = z.infer<typeof OverviewQuery>;

/** Review the resolved cycle of a conversation automatically; a retry re-scores the same cycle in place. */
export const AutoReviewJob = z.object({ accountId: z.uuid(), conversationId: z.uuid() });
/** One slice of a re-scoring run; it sends the next slice until the run is done. */
export const RescoreJob = z.object({ accountId: z.uuid(), runId: z.uuid() });
