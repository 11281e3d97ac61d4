import { z } from 'zod';
import { Id, IsoDateTime } from './common';

export const ApiToken = z
  .object({
    id: Id,
    name: z.string(),
    /** The first characters of the secret, to tell tokens apart; the secret itself is never stored. */
    prefix: z.string(),
    user: z.object({ id: Id, name: z.string() }),
    createdAt: IsoDateTime,
    lastUsedAt: IsoDateTime.nullable(),
    expiresAt: IsoDateTime.nullable(),
    revokedAt: IsoDateTime.nullable(),
  })
  .meta({ id: 'ApiToken' });
export type ApiToken = z.infer<typeof ApiToken>;

export const CreateApiTokenRequest = z
  .object({
    name: z.string().trim().min(1).max(80),
    /** Omit for a token that does not expire. */
    expiresInDays: z.number().int().min(1).max(3650).optional(),
  })
  .strict();
export type CreateApiTokenRequest = z.infer<typeof CreateApiTokenRequest>;

export const CreateApiTokenResponse = z.object({
  token: ApiToken,
  /** Send as `Authorization: Bearer <secret>`. Shown only in this response. */
  secret: z.string(),
});
export type CreateApiTokenResponse = z.infer<typeof CreateApiTokenResponse>;

export const ApiTokenList = z.object({ items: z.array(ApiToken) });
export type ApiTokenList = z.infer<typeof ApiTokenList>;
