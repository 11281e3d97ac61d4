import { z } from 'zod';
import {
  API,
  BuiltInView,
  CreateSavedViewRequest,
  ErrorBody,
  Id,
  IdParams,
  UpdateSavedViewRequest,
  ViewList,
  ViewWithCount,
} from '@sincere/contracts';
import type { AppContext } from '../../context';
import { AUTHED_ERRORS, NOT_FOUND, type ZodApp } from '../../http/route-types';
import { requireAuth } from '../auth/auth-context';
import { findViewWithCount, listViews } from './find-views';
import { createSavedView, deleteSavedView, updateSavedView } from './manage-saved-views';

/** Views: the built-in ones and saved filters, each with its count. The conversations in one: GET API.conversations?view=… */
export function registerViewRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['views'];
  app.get(
    API.views,
    {
      schema: {
        tags,
        summary: 'Built-in views, then your personal and the account’s shared views, with counts',
        response: { 200: ViewList, ...AUTHED_ERRORS },
      },
    },
    async (request) => ({ items: await listViews(ctx, requireAuth(request.auth)) }),
  );

  app.get(
    API.view(':id'),
    {
      schema: {
        tags,
        summary: 'One view with its count',
        params: z.object({ id: z.union([BuiltInView, Id]) }),
        response: { 200: ViewWithCount, ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request) => findViewWithCount(ctx, requireAuth(request.auth), request.params.id),
  );

  app.post(
    API.views,
    {
      schema: {
        tags,
        summary: 'Save a filter as a personal view, or (admins and leads) a shared one',
        body: CreateSavedViewRequest,
        response: { 201: ViewWithCount, 409: ErrorBody, ...AUTHED_ERRORS },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createSavedView(ctx, requireAuth(request.auth), request.body)),
  );

  app.patch(
    API.view(':id'),
    {
      schema: {
        tags,
        summary: 'Rename, change the filter of, or move a saved view',
        params: IdParams,
        body: UpdateSavedViewRequest,
        response: { 200: ViewWithCount, ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request) => updateSavedView(ctx, requireAuth(request.auth), request.params.id, request.body),
  );

  app.delete(
    API.view(':id'),
    {
      schema: {
        tags,
        summary: 'Delete a saved view',
        params: IdParams,
        response: { 204: z.null(), ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request, reply) => {
      await deleteSavedView(ctx, requireAuth(request.auth), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
