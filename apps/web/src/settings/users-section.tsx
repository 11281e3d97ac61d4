import { API, UserList, type InviteUserResponse, type User } from '@sincere/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet } from '../api/client';
import { useResource } from '../api/use-resource';
import { useServerEvents } from '../realtime/realtime-context';
import { can } from '../session/permissions';
import { useSignedIn } from '../session/session-context';
import { CopyField } from '../ui/copy-field';
import { InviteUserForm } from './invite-user-form';
import { SectionStatus } from './section-loading';
import { UsersTable } from './users-table';

export function UsersSection() {
  const { t } = useTranslation();
  const { session } = useSignedIn();
  const users = useResource((signal) => apiGet(API.users, UserList, signal), []);
  const [invited, setInvited] = useState<InviteUserResponse | null>(null);
  const manage = can(session.user.role, 'users.manage');
  const { setData } = users;

  const upsert = (user: User) =>
    setData((current) => {
      const items = current?.items ?? [];
      const exists = items.some((item) => item.id === user.id);
      return { items: exists ? items.map((item) => (item.id === user.id ? user : item)) : [...items, user] };
    });

  // Changes made by other admins appear without a reload.
  useServerEvents((event) => {
    if (event.type === 'user.updated' && users.data?.items.some((item) => item.id === event.user.id))
      upsert(event.user);
  });

  return (
    <section className="section" aria-labelledby="users-title">
      <h2 id="users-title">{t('users.title')}</h2>
      <p className="section__intro">{t('users.intro')}</p>
      {manage ? (
        <InviteUserForm
          onInvited={(response) => {
            upsert(response.user);
            setInvited(response);
          }}
        />
      ) : (
        <p className="notice">{t('users.readOnly')}</p>
      )}
      {invited ? (
        <div className="panel panel--success" data-testid="invite-result">
          <p>{t('users.inviteCreated', { name: invited.user.name, email: invited.user.email })}</p>
          <CopyField label={t('users.inviteLink')} value={invited.inviteUrl} />
          <p className="muted">{t('users.inviteLinkNote')}</p>
          <button type="button" className="button button--quiet" onClick={() => setInvited(null)}>
            {t('common.done')}
          </button>
        </div>
      ) : null}
      {users.data ? (
        <UsersTable users={users.data.items} currentUserId={session.user.id} manage={manage} onChanged={upsert} />
      ) : (
        <SectionStatus error={users.error} />
      )}
    </section>
  );
}
