import { z } from 'zod';
import {
  API,
  CreateMacroRequest,
  ErrorBody,
  IdParams,
  Macro,
  MacroList,
  RenderedMacro,
  RenderMacroRequest,
  StarterMacrosResult,
  UpdateMacroRequest,
} from '@sincere/contracts';
import type { AppContext } from '../../context';
import { notFound } from '../../http/app-error';
import { AUTHED_ERRORS, NOT_FOUND, type ZodApp } from '../../http/route-types';
import { requireAuth } from '../auth/auth-context';
import { createMacro } from './create-macro';
import { deleteMacro } from './delete-macro';
import { toMacro } from './macro.mapper';
import { findMacroVisibleTo, listMacrosVisibleTo } from './macros.repository';
import { renderMacro } from './render-macro';
import { updateMacro } from './update-macro';
import { addStarterMacros } from './add-starter-macros';

/** Canned replies: shared ones for everyone (changed by admins and leads) and each person's own. */
export function registerMacroRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['macros'];

  app.get(
    API.macros,
    {
      schema: {
        tags,
        summary: 'The shared macros and the caller’s own, by name',
        response: { 200: MacroList, ...AUTHED_ERRORS },
      },
    },
    async (request) => {
      const caller = requireAuth(request.auth);
      return { items: (await listMacrosVisibleTo(ctx.database.db, caller.accountId, caller.user.id)).map(toMacro) };
    },
  );

  app.get(
    API.macro(':id'),
    { schema: { tags, params: IdParams, response: { 200: Macro, ...AUTHED_ERRORS, ...NOT_FOUND } } },
    async (request) => {
      const caller = requireAuth(request.auth);
      const macro = await findMacroVisibleTo(ctx.database.db, caller.accountId, caller.user.id, request.params.id);
      if (!macro) throw notFound('Macro');
      return toMacro(macro);
    },
  );

  app.post(
    API.macros,
    {
      schema: {
        tags,
        summary: 'Create a personal macro, or a shared one (admins and leads)',
        body: CreateMacroRequest,
        response: { 201: Macro, 409: ErrorBody, ...AUTHED_ERRORS },
      },
    },
    async (request, reply) => {
      const macro = await createMacro(ctx, requireAuth(request.auth), request.body);
      return reply.status(201).send(toMacro(macro));
    },
  );

  app.patch(
    API.macro(':id'),
    {
      schema: {
        tags,
        summary: 'Rename a macro, change its shortcut or replace its variants',
        params: IdParams,
        body: UpdateMacroRequest,
        response: { 200: Macro, 409: ErrorBody, ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request) => toMacro(await updateMacro(ctx, requireAuth(request.auth), request.params.id, request.body)),
  );

  app.delete(
    API.macro(':id'),
    {
      schema: {
        tags,
        summary: 'Delete a macro',
        params: IdParams,
        response: { 204: z.null(), ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request, reply) => {
      await deleteMacro(ctx, requireAuth(request.auth), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    API.starterMacros,
    {
      schema: {
        tags,
        summary:
          'Add the starter macros (greeting, looking into it, sorry for the wait, is everything resolved, closing) in ru, en, es, pt, id, ar and tr as shared macros (admins and leads); shortcuts already in use are skipped',
        response: { 200: StarterMacrosResult, ...AUTHED_ERRORS },
      },
    },
    async (request) => {
      const { added, skipped } = await addStarterMacros(ctx, requireAuth(request.auth));
      return { added: added.map(toMacro), skipped };
    },
  );

  app.post(
    API.renderMacro(':id'),
    {
      schema: {
        tags,
        summary: 'The macro’s text for a conversation: the customer’s language, variables filled in',
        params: IdParams,
        body: RenderMacroRequest,
        response: { 200: RenderedMacro, ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request) => renderMacro(ctx, requireAuth(request.auth), request.params.id, request.body.conversationId),
  );
}
