import { API, ROLES, Role, User } from '@sincere/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiSend } from '../api/client';
import { useErrorText } from '../api/use-error-text';
import { useDateFormat } from '../i18n/format';
import { BusyButton } from '../ui/busy-button';
import { useConfirm } from '../ui/confirm-dialog';
import { useToast } from '../ui/toast-context';

interface Props {
  user: User;
  isSelf: boolean;
  manage: boolean;
  onChanged: (user: User) => void;
}

export function UserRow({ user, isSelf, manage, onChanged }: Props) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const confirm = useConfirm();
  const toast = useToast();
  const errorText = useErrorText();
  const [busy, setBusy] = useState<'role' | 'status' | null>(null);
  // Admins cannot demote or deactivate themselves here: it is the quickest way to lock an account out.
  const editable = manage && !isSelf;
  const deactivated = user.status === 'deactivated';

  const run = async (kind: 'role' | 'status', action: () => Promise<User>, successText: string) => {
    setBusy(kind);
    try {
      onChanged(await action());
      toast.success(successText);
    } catch (error) {
      toast.error(errorText(error));
    } finally {
      setBusy(null);
    }
  };

  const changeRole = (role: Role) =>
    run('role', () => apiSend('PATCH', API.user(user.id), { role }, User), t('users.roleChanged', { name: user.name }));

  const toggleActive = async () => {
    const ok = await confirm(
      deactivated
        ? {
            title: t('users.reactivateTitle'),
            body: t('users.reactivateBody', { name: user.name }),
            confirmLabel: t('users.reactivate'),
          }
        : {
            title: t('users.deactivateTitle'),
            body: t('users.deactivateBody', { name: user.name }),
            confirmLabel: t('users.deactivate'),
            danger: true,
          },
    );
    if (!ok) return;
    const path = deactivated ? API.reactivateUser(user.id) : API.deactivateUser(user.id);
    await run(
      'status',
      () => apiSend('POST', path, undefined, User),
      t(deactivated ? 'users.reactivated' : 'users.deactivated', { name: user.name }),
    );
  };

  return (
    <tr>
      <th scope="row">
        <bdi>{user.name}</bdi>
        {isSelf ? <span className="muted"> {t('users.you')}</span> : null}
      </th>
      <td>
        <bdi>{user.email}</bdi>
      </td>
      <td>
        {editable ? (
          <select
            className="select select--compact"
            aria-label={t('users.roleFor', { name: user.name })}
            value={user.role}
            disabled={busy === 'role'}
            onChange={(e) => {
              const parsed = Role.safeParse(e.target.value);
              if (parsed.success) void changeRole(parsed.data);
            }}
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
        ) : (
          t(`roles.${user.role}`)
        )}
      </td>
      <td>
        <span className={`badge badge--${user.status}`}>{t(`userStatus.${user.status}`)}</span>
      </td>
      <td>{user.lastSignInAt ? format.dateTime(user.lastSignInAt) : t('users.never')}</td>
      {manage ? (
        <td>
          {editable ? (
            <BusyButton
              type="button"
              className={deactivated ? 'button button--small' : 'button button--small button--danger-quiet'}
              busy={busy === 'status'}
              onClick={() => void toggleActive()}
            >
              {t(deactivated ? 'users.reactivate' : 'users.deactivate')}
              <span className="visually-hidden">
                {' '}
                <bdi>{user.name}</bdi>
              </span>
            </BusyButton>
          ) : null}
        </td>
      ) : null}
    </tr>
  );
}
