import {
  API,
  IdParams,
  Notification,
  NotificationPage,
  PageQuery,
  ReadAllNotificationsResponse,
} from '@sincere/contracts';
import type { AppContext } from '../../context';
import { notFound } from '../../http/app-error';
import { decodeCursor, encodeCursor } from '../../http/keyset-cursor';
import { AUTHED_ERRORS, NOT_FOUND, type ZodApp } from '../../http/route-types';
import { requireAuth } from '../auth/auth-context';
import { toNotification } from './notification.mapper';
import {
  countUnreadOfUser,
  listNotificationsOfUser,
  markAllNotificationsRead,
  markNotificationRead,
} from './notifications.repository';

/** The caller's own notifications; nobody reads or marks another person's. */
export function registerNotificationRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['notifications'];

  app.get(
    API.notifications,
    {
      schema: {
        tags,
        summary: 'The caller’s notifications, newest first',
        querystring: PageQuery,
        response: { 200: NotificationPage, ...AUTHED_ERRORS },
      },
    },
    async (request) => {
      const caller = requireAuth(request.auth);
      const { db } = ctx.database;
      const { limit } = request.query;
      const rows = await listNotificationsOfUser(
        db,
        caller.accountId,
        caller.user.id,
        decodeCursor(request.query.cursor),
        limit + 1,
      );
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        items: page.map(toNotification),
        nextCursor: rows.length > limit && last ? encodeCursor(last.createdAt, last.id) : null,
        unreadCount: await countUnreadOfUser(db, caller.accountId, caller.user.id),
      };
    },
  );

  app.post(
    API.readNotification(':id'),
    {
      schema: {
        tags,
        summary: 'Mark one notification read',
        params: IdParams,
        response: { 200: Notification, ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request) => {
      const caller = requireAuth(request.auth);
      const row = await markNotificationRead(
        ctx.database.db,
        caller.accountId,
        caller.user.id,
        request.params.id,
        ctx.clock(),
      );
      if (!row) throw notFound('Notification');
      return toNotification(row);
    },
  );

  app.post(
    API.readAllNotifications,
    {
      schema: {
        tags,
        summary: 'Mark all the caller’s notifications read',
        response: { 200: ReadAllNotificationsResponse, ...AUTHED_ERRORS },
      },
    },
    async (request) => {
      const caller = requireAuth(request.auth);
      return { marked: await markAllNotificationsRead(ctx.database.db, caller.accountId, caller.user.id, ctx.clock()) };
    },
  );
}
