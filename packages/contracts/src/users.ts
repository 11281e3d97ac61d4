import { z } from 'zod';
import { Id, IsoDateTime, Role, UiLocale } from './common';

export const UserStatus = z.enum(['invited', 'active', 'deactivated']);
export type UserStatus = z.infer<typeof UserStatus>;

export const User = z
  .object({
    id: Id,
    accountId: Id,
    email: z.email(),
    name: z.string(),
    role: Role,
    locale: UiLocale,
    status: UserStatus,
    lastSignInAt: IsoDateTime.nullable(),
    createdAt: IsoDateTime,
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof User>;

export const Email = z.string().trim().toLowerCase().pipe(z.email().max(254));
export const PersonName = z.string().trim().min(1).max(120);
/** Long passphrases beat complexity rules (NIST SP 800-63B): a minimum length, a sane maximum. */
export const Password = z.string().min(10, 'At least 10 characters').max(200);

export const InviteUserRequest = z.object({ email: Email, name: PersonName, role: Role }).strict();
export type InviteUserRequest = z.infer<typeof InviteUserRequest>;

export const InviteUserResponse = z.object({
  user: User,
  /** The link the invited person opens to choose a password. Shown once; valid 7 days. */
  inviteUrl: z.string(),
});
export type InviteUserResponse = z.infer<typeof InviteUserResponse>;

export const UpdateUserRequest = z.object({ role: Role.optional(), name: PersonName.optional() }).strict();
export type UpdateUserRequest = z.infer<typeof UpdateUserRequest>;

export const UpdateMeRequest = z.object({ name: PersonName.optional(), locale: UiLocale.optional() }).strict();
export type UpdateMeRequest = z.infer<typeof UpdateMeRequest>;

export const UserList = z.object({ items: z.array(User) });
export type UserList = z.infer<typeof UserList>;
