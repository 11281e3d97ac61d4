import { z } from 'zod';
import {
  API,
  CreateSlaPolicyRequest,
  ErrorBody,
  IdParams,
  SlaPolicy,
  SlaPolicyList,
  UpdateSlaPolicyRequest,
  type Role,
} from '@sincere/contracts';
import type { AppContext } from '../../context';
import { AUTHED_ERRORS, NOT_FOUND, type ZodApp } from '../../http/route-types';
import { requireAuth, requireRole } from '../auth/auth-context';
import { createSlaPolicy, deleteSlaPolicy, getSlaPolicy, listSlaPolicies, updateSlaPolicy } from './sla-policies';

/** Service levels are a promise to customers: admins and leads set them, everyone reads them. */
const POLICY_WRITERS: readonly Role[] = ['admin', 'lead'];

export function registerSlaPolicyRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['sla-policies'];
  app.get(
    API.slaPolicies,
    { schema: { tags, summary: 'SLA policies, by name', response: { 200: SlaPolicyList, ...AUTHED_ERRORS } } },
    async (request) => ({ items: await listSlaPolicies(ctx, requireAuth(request.auth)) }),
  );

  app.get(
    API.slaPolicy(':id'),
    {
      schema: {
        tags,
        summary: 'An SLA policy and the teams that use it',
        params: IdParams,
        response: { 200: SlaPolicy, ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request) => getSlaPolicy(ctx, requireAuth(request.auth), request.params.id),
  );

  app.post(
    API.slaPolicies,
    {
      schema: {
        tags,
        summary:
          'Create an SLA policy (admins, leads). A team uses it through its slaPolicyId; there is no account default.',
        body: CreateSlaPolicyRequest,
        response: { 201: SlaPolicy, ...AUTHED_ERRORS },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createSlaPolicy(ctx, requireRole(request.auth, POLICY_WRITERS), request.body)),
  );

  app.patch(
    API.slaPolicy(':id'),
    {
      schema: {
        tags,
        summary: 'Change name, business hours or targets (admins, leads); open conversations get new due times',
        params: IdParams,
        body: UpdateSlaPolicyRequest,
        response: { 200: SlaPolicy, ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request) => updateSlaPolicy(ctx, requireRole(request.auth, POLICY_WRITERS), request.params.id, request.body),
  );

  app.delete(
    API.slaPolicy(':id'),
    {
      schema: {
        tags,
        summary: 'Delete an SLA policy no team uses (admins, leads)',
        params: IdParams,
        response: { 204: z.null(), 409: ErrorBody, ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request, reply) => {
      await deleteSlaPolicy(ctx, requireRole(request.auth, POLICY_WRITERS), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
