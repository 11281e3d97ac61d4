import type { Role } from '@sincere/contracts';
import type { QualityView } from '../router/routes';

/** The tabs of the quality page, in the order they are shown. */
export const QUALITY_TABS = ['overview', 'queue', 'reviews', 'disputes', 'calibration', 'coaching'] as const;
export type QualityTab = (typeof QUALITY_TABS)[number];

/*
 * Mirrors the server's rules (apps/server/src/modules/quality/review-access.ts): agents see their own reviews
 * and coaching; reviewers score, calibrate and see the team; leads and admins also settle disputes. The UI only
 * hides what the server would refuse.
 */
const TABS_OF: Record<Role, readonly QualityTab[]> = {
  agent: ['reviews', 'coaching'],
  reviewer: ['overview', 'queue', 'reviews', 'calibration', 'coaching'],
  lead: QUALITY_TABS,
  admin: QUALITY_TABS,
};

export function qualityTabs(role: Role): readonly QualityTab[] {
  return TABS_OF[role];
}

/** Reviewers, leads and admins score conversations. */
export function canScore(role: Role): boolean {
  return role !== 'agent';
}

/** Leads and admins settle disputes and see every reviewer's queue. */
export function isQualityLead(role: Role): boolean {
  return role === 'lead' || role === 'admin';
}

/** The tab a view belongs to: scoring a conversation is part of the queue, one review of the list. */
export function tabOfView(view: QualityView): QualityTab {
  if (view === 'score') return 'queue';
  if (view === 'review') return 'reviews';
  return view;
}

/** Where /quality takes someone: agents to their reviews, everyone else to the overview. */
export function landingView(role: Role): QualityTab {
  return qualityTabs(role)[0] ?? 'reviews';
}

/** Whether the role may open a view; reviews themselves are checked by the server (agents see their own). */
export function mayOpen(role: Role, view: QualityView): boolean {
  if (view === 'score') return canScore(role);
  return qualityTabs(role).includes(tabOfView(view));
}
