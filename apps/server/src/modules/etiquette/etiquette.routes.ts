import { z } from 'zod';
import {
  CalendarDay,
  CalendarQuery,
  CalendarView,
  ConversationEtiquette,
  CreateCalendarEntryRequest,
  ETIQUETTE_API,
  IdParams,
  LocaleProfile,
  LocaleProfileEntry,
  LocaleProfileList,
  ProfileLocale,
} from '@sincere/contracts';
import type { AppContext } from '../../context';
import { AUTHED_ERRORS, NOT_FOUND, type ZodApp } from '../../http/route-types';
import { requireAuth, requireRole } from '../auth/auth-context';
import { createCalendarEntry, deleteCalendarEntry, getCalendar } from '../calendars/account-calendar';
import { conversationEtiquette } from './conversation-etiquette';
import { listLocaleProfiles, restoreLocaleProfile, saveLocaleProfile } from './locale-profiles';

/** How customers of each culture are addressed, and the calendars they live by, are the account's: admins set them. */
const ADMINS = ['admin'] as const;
const LocaleParams = z.object({ locale: ProfileLocale });

/** Culture-aware service (issue 7): the composer's etiquette, locale profiles and calendars. */
export function registerEtiquetteRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['etiquette'];

  app.get(
    ETIQUETTE_API.conversationEtiquette(':id'),
    {
      schema: {
        tags,
        summary:
          'How to address this conversation’s customer: the language they write, their culture’s profile, the form of address (chosen or proposed), local time, quiet period and occasion',
        params: IdParams,
        response: { 200: ConversationEtiquette, ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request) => conversationEtiquette(ctx, requireAuth(request.auth), request.params.id),
  );

  app.get(
    ETIQUETTE_API.localeProfiles,
    {
      schema: {
        tags,
        summary: 'Locale profiles: Sincere’s, each replaced by the account’s version where it has one, and its own',
        response: { 200: LocaleProfileList, ...AUTHED_ERRORS },
      },
    },
    async (request) => ({ items: await listLocaleProfiles(ctx, requireAuth(request.auth)) }),
  );

  app.put(
    ETIQUETTE_API.localeProfile(':locale'),
    {
      schema: {
        tags,
        summary: 'Save the account’s version of a locale profile, whole, or add a locale (admins)',
        params: LocaleParams,
        body: LocaleProfile,
        response: { 200: LocaleProfileEntry, ...AUTHED_ERRORS },
      },
    },
    async (request) => saveLocaleProfile(ctx, requireRole(request.auth, ADMINS), request.params.locale, request.body),
  );

  app.delete(
    ETIQUETTE_API.localeProfile(':locale'),
    {
      schema: {
        tags,
        summary: 'Drop the account’s version of a locale profile: Sincere’s applies again (admins)',
        params: LocaleParams,
        response: { 204: z.null(), ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request, reply) => {
      await restoreLocaleProfile(ctx, requireRole(request.auth, ADMINS), request.params.locale);
      return reply.status(204).send(null);
    },
  );

  app.get(
    ETIQUETTE_API.calendar,
    {
      schema: {
        tags,
        summary:
          'A country’s calendar for a year: public holidays, Sincere’s overlay (Ramadan, cuti bersama, transfers) and the account’s entries',
        querystring: CalendarQuery,
        response: { 200: CalendarView, ...AUTHED_ERRORS },
      },
    },
    async (request) => getCalendar(ctx, requireAuth(request.auth), request.query.country, request.query.year),
  );

  app.post(
    ETIQUETTE_API.calendarEntries,
    {
      schema: {
        tags,
        summary: 'Add a day or period to a country’s calendar, or replace or hide a shipped one (admins)',
        body: CreateCalendarEntryRequest,
        response: { 201: CalendarDay, ...AUTHED_ERRORS },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createCalendarEntry(ctx, requireRole(request.auth, ADMINS), request.body)),
  );

  app.delete(
    ETIQUETTE_API.calendarEntry(':id'),
    {
      schema: {
        tags,
        summary: 'Remove the account’s own calendar entry (a hidden shipped entry comes back) (admins)',
        params: IdParams,
        response: { 204: z.null(), ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request, reply) => {
      await deleteCalendarEntry(ctx, requireRole(request.auth, ADMINS), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
