import { and, eq } from 'drizzle-orm';
import type { Coaching, CoachingQuery, OverviewQuery, QualityOverview } from '@sincere/contracts';
import { accounts, users } from '@sincere/db';
import type { AppContext } from '../../context';
import { forbidden, notFound } from '../../http/app-error';
import type { AuthContext } from '../auth/auth-context';
import { countPendingAssignments } from './assignments.repository';
import {
  categoryExamples,
  countOpenDisputes,
  scoreByAgent,
  scoreByCategory,
  scoreByCategoryWeek,
  scoreByKind,
  scoreByWeek,
  sentimentChanges,
  type CategoryExampleRow,
  type FigureScope,
  type KindFigure,
  type WeekKindFigure,
} from './quality-figures.repository';
import { isQualityLead, isReviewer } from './review-access';
import { findNames } from './reviews.repository';

const DEFAULT_WEEKS = 12;
const WEAKEST = 3;
const EXAMPLES = 3;

async function scopeFor(
  ctx: AppContext,
  accountId: string,
  query: { from?: string | undefined; to?: string | undefined },
): Promise<FigureScope> {
  const [account] = await ctx.database.db
    .select({ timeZone: accounts.timeZone })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  // The period is [from, to); by default it ends just after now, so what was reviewed this instant counts.
  const to = query.to ? new Date(query.to) : new Date(ctx.clock().getTime() + 1);
  const from = query.from ? new Date(query.from) : new Date(to.getTime() - DEFAULT_WEEKS * 7 * 86_400_000);
  return { accountId, from, to, timeZone: account?.timeZone ?? 'UTC' };
}

const byKind = (figures: readonly KindFigure[], kind: KindFigure['kind']) =>
  figures.find((figure) => figure.kind === kind) ?? { kind, score: null, reviews: 0 };

function weeks(rows: readonly WeekKindFigure[]) {
  const weeksSeen = [...new Set(rows.map((row) => row.week))].sort();
  return weeksSeen.map((week) => {
    const human = rows.find((row) => row.week === week && row.kind === 'manual');
    const automatic = rows.find((row) => row.week === week && row.kind === 'automatic');
    return { week, iqs: human?.score ?? null, automatic: automatic?.score ?? null, reviews: human?.reviews ?? 0 };
  });
}

const example = (row: CategoryExampleRow) => ({
  reviewId: row.reviewId,
  conversationId: row.conversationId,
  conversationSubject: row.conversationSubject,
  value: row.value,
  score: row.reviewScore,
  evidence: (row.evidence ?? []).map((item) => ({ messageId: item.message, quote: item.quote, rule: item.rule })),
  quote: row.evidence?.find((item) => item.quote)?.quote ?? null,
});

/**
 * Coaching for one agent: the internal quality score, every category's mean, the weakest categories with the
 * agent's own lowest-rated conversations and the better pattern — their own best in that category first, then
 * the team's — and the weekly trend. Agents see their own; reviewers and leads anyone's.
 */
export async function coachingOf(ctx: AppContext, caller: AuthContext, query: CoachingQuery): Promise<Coaching> {
  const agentId = query.agent === 'me' ? caller.user.id : query.agent;
  if (agentId !== caller.user.id && !isReviewer(caller)) throw forbidden('Agents see their own coaching only');
  const { db } = ctx.database;
  const [agent] = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.accountId, caller.accountId), eq(users.id, agentId)));
  if (!agent) throw notFound('Agent');
  const team = await scopeFor(ctx, caller.accountId, query);
  const scope = { ...team, agentId };
  const [kinds, categories, trend, categoryTrend] = await Promise.all([
    scoreByKind(db, scope),
    scoreByCategory(db, scope),
    scoreByWeek(db, scope),
    scoreByCategoryWeek(db, scope),
  ]);
  const weakest = categories
    .filter((figure): figure is typeof figure & { score: number } => figure.score !== null && figure.score < 100)
    .sort((a, b) => a.score - b.score)
    .slice(0, WEAKEST);
  const weakestWithExamples = [];
  for (const figure of weakest) {
    const worst = await categoryExamples(db, scope, figure.category, 'worst', EXAMPLES);
    const ownBest = await categoryExamples(db, scope, figure.category, 'best', EXAMPLES);
    const teamBest = await categoryExamples(db, team, figure.category, 'best', EXAMPLES * 2);
    // The better pattern is rated above every example shown as weak: their own first, then the team's.
    const weakest = Math.max(...worst.map((row) => row.value));
    const best = [...ownBest, ...teamBest]
      .filter((row) => row.value > weakest)
      .filter((row, index, all) => all.findIndex((other) => other.reviewId === row.reviewId) === index)
      .slice(0, EXAMPLES);
    weakestWithExamples.push({
      category: figure.category,
      score: figure.score,
      examples: worst.map(example),
      better: best.map(example),
    });
  }
  return {
    agent,
    iqs: byKind(kinds, 'manual').score,
    automatic: byKind(kinds, 'automatic').score,
    reviews: byKind(kinds, 'manual').reviews,
    byCategory: categories,
    weakest: weakestWithExamples,
    trend: weeks(trend),
    categoryTrend,
  };
}

/** The team's quality at a glance, for leads and reviewers: IQS, automatic score, agents, categories, trend. */
export async function qualityOverview(
  ctx: AppContext,
  caller: AuthContext,
  query: OverviewQuery,
): Promise<QualityOverview> {
  if (!isReviewer(caller)) throw forbidden('Only reviewers, leads and admins see the team’s quality');
  const { db } = ctx.database;
  const scope = { ...(await scopeFor(ctx, caller.accountId, query)), ...(query.team ? { teamId: query.team } : {}) };
  const [kinds, agents, categories, trend, categoryTrend, sentiment, openDisputes, pending] = await Promise.all([
    scoreByKind(db, scope),
    scoreByAgent(db, scope),
    scoreByCategory(db, scope),
    scoreByWeek(db, scope),
    scoreByCategoryWeek(db, scope),
    sentimentChanges(db, scope),
    countOpenDisputes(db, caller.accountId),
    countPendingAssignments(db, caller.accountId),
  ]);
  const agentIds = [...new Set(agents.map((row) => row.agentId))];
  const names = await findNames(db, caller.accountId, agentIds);
  return {
    iqs: byKind(kinds, 'manual').score,
    automatic: byKind(kinds, 'automatic').score,
    reviews: byKind(kinds, 'manual').reviews,
    automaticReviews: byKind(kinds, 'automatic').reviews,
    openDisputes: isQualityLead(caller) ? openDisputes : 0,
    pendingAssignments: pending,
    byAgent: agentIds
      .map((agentId) => {
        const human = agents.find((row) => row.agentId === agentId && row.kind === 'manual');
        const automatic = agents.find((row) => row.agentId === agentId && row.kind === 'automatic');
        return {
          agent: { id: agentId, name: names.get(agentId) ?? '' },
          iqs: human?.score ?? null,
          automatic: automatic?.score ?? null,
          reviews: human?.reviews ?? 0,
        };
      })
      .sort((a, b) => a.agent.name.localeCompare(b.agent.name)),
    byCategory: categories,
    trend: weeks(trend),
    categoryTrend,
    sentiment,
  };
}
