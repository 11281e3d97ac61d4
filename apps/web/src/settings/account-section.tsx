import { Account, API } from '@sincere/contracts';
import { useTranslation } from 'react-i18next';
import { apiGet } from '../api/client';
import { useResource } from '../api/use-resource';
import { useSignedIn } from '../session/session-context';
import { can } from '../session/permissions';
import { AccountForm } from './account-form';
import { SectionStatus } from './section-loading';

export function AccountSection() {
  const { t } = useTranslation();
  const { session } = useSignedIn();
  const account = useResource((signal) => apiGet(API.account, Account, signal), []);
  const editable = can(session.user.role, 'account.edit');

  return (
    <section className="section" aria-labelledby="account-title">
      <h2 id="account-title">{t('account.title')}</h2>
      <p className="section__intro">{t('account.intro')}</p>
      {!editable ? <p className="notice">{t('account.readOnly')}</p> : null}
      {account.data ? (
        <AccountForm key={account.data.id} account={account.data} editable={editable} />
      ) : (
        <SectionStatus error={account.error} />
      )}
    </section>
  );
}
