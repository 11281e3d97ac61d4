import {
  WIDGET_API,
  WebChannelSettings,
  type Message,
  type WidgetAttachment,
  type WidgetChannel,
  type WidgetMessage,
} from '@sincere/contracts';
import type { AttachmentRow } from '../attachments/attachments.repository';
import { isOpenAt, nextOpening } from '../sla/business-hours';
import type { ChannelRow } from '../channels/channel.repository';
import type { VisibleMessageRow } from './widget.repository';

/** A channel's stored settings, read leniently: a setting that no longer parses falls back to its default. */
export function webSettingsOf(channel: ChannelRow): WebChannelSettings {
  const parsed = WebChannelSettings.safeParse(channel.settings);
  return parsed.success ? parsed.data : WebChannelSettings.parse({});
}

/** Whether the team answers at `now`, and when it opens next if not. */
export function openingOf(settings: WebChannelSettings, now: Date): { open: boolean; opensAt: Date | null } {
  const hours = settings.businessHours;
  if (!hours || isOpenAt(hours, now)) return { open: true, opensAt: null };
  try {
    return { open: false, opensAt: nextOpening(hours, now) };
  } catch {
    // Hours with no open time at all (only if they skipped validation): closed, with nothing to promise.
    return { open: false, opensAt: null };
  }
}

export function toWidgetChannel(channel: ChannelRow, now: Date): WidgetChannel {
  const settings = webSettingsOf(channel);
  const { open, opensAt } = openingOf(settings, now);
  return {
    color: settings.color,
    greeting: settings.greeting,
    open,
    opensAt: opensAt?.toISOString() ?? null,
    requireIdentity: settings.requireIdentity,
  };
}

export function toWidgetAttachment(row: AttachmentRow): WidgetAttachment {
  return {
    id: row.id,
    fileName: row.fileName,
    contentType: row.contentType,
    size: row.size,
    url: WIDGET_API.attachment(row.id),
  };
}

export function toWidgetMessage(row: VisibleMessageRow, files: AttachmentRow[]): WidgetMessage {
  return {
    id: row.id,
    direction: row.direction === 'outbound' ? 'outbound' : 'inbound',
    author: row.direction === 'outbound' && row.authorName ? { name: row.authorName } : null,
    body: row.body,
    format: row.format,
    createdAt: row.createdAt.toISOString(),
    attachments: files.map(toWidgetAttachment),
  };
}

/** A message as the agents' realtime delta carries it, as the visitor may see it; null for a note. */
export function widgetMessageFromDelta(message: Message): WidgetMessage | null {
  if (message.direction === 'note') return null;
  return {
    id: message.id,
    direction: message.direction,
    author: message.direction === 'outbound' && message.author ? { name: message.author.name } : null,
    body: message.body,
    format: message.format,
    createdAt: message.createdAt,
    attachments: message.attachments.map((file) => ({
      id: file.id,
      fileName: file.fileName,
      contentType: file.contentType,
      size: file.size,
      url: WIDGET_API.attachment(file.id),
    })),
  };
}
