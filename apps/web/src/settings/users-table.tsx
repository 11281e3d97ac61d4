import type { User } from '@sincere/contracts';
import { useTranslation } from 'react-i18next';
import { UserRow } from './user-row';

interface Props {
  users: User[];
  currentUserId: string;
  /** Whether the viewer may change roles and deactivate (admins). */
  manage: boolean;
  onChanged: (user: User) => void;
}

export function UsersTable({ users, currentUserId, manage, onChanged }: Props) {
  const { t } = useTranslation();
  if (users.length === 0) return <p className="empty">{t('users.empty')}</p>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{t('users.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('users.name')}</th>
            <th scope="col">{t('users.email')}</th>
            <th scope="col">{t('users.role')}</th>
            <th scope="col">{t('users.status')}</th>
            <th scope="col">{t('users.lastSignIn')}</th>
            {manage ? <th scope="col">{t('users.actions')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <UserRow
              key={user.id}
              user={user}
              isSelf={user.id === currentUserId}
              manage={manage}
              onChanged={onChanged}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
