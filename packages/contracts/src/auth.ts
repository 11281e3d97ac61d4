import { z } from 'zod';
import { Account } from './accounts';
import { Email, Password, PersonName, User } from './users';

/** Name of the httpOnly cookie that carries the session. */
export const SESSION_COOKIE = 'sincere_session';
/** Header that must carry the session's CSRF token on every cookie-authenticated POST, PATCH, PUT or DELETE. */
export const CSRF_HEADER = 'x-csrf-token';

export const SignInRequest = z.object({ email: Email, password: z.string().min(1).max(200) }).strict();
export type SignInRequest = z.infer<typeof SignInRequest>;

/** What this server can do, so the app can say so before a request fails. */
export const ServerFeatures = z.object({
  /** The largest attachment accepted (SINCERE_MAX_ATTACHMENT_MB). */
  maxAttachmentBytes: z.number().int(),
  /** Outgoing mail is configured (SMTP_URL): conversations can be forwarded by email. */
  forwardByEmail: z.boolean(),
});
export type ServerFeatures = z.infer<typeof ServerFeatures>;

export const SessionResponse = z
  .object({ user: User, account: Account, csrfToken: z.string(), features: ServerFeatures })
  .meta({ id: 'Session' });
export type SessionResponse = z.infer<typeof SessionResponse>;

export const InvitationParams = z.object({ token: z.string().min(20).max(200) });

export const InvitationResponse = z.object({ email: z.string(), name: z.string(), accountName: z.string() });
export type InvitationResponse = z.infer<typeof InvitationResponse>;

export const AcceptInvitationRequest = z
  .object({ token: z.string().min(20).max(200), password: Password, name: PersonName.optional() })
  .strict();
export type AcceptInvitationRequest = z.infer<typeof AcceptInvitationRequest>;
