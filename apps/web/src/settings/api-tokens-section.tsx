import { API, ApiTokenList, type CreateApiTokenResponse } from '@sincere/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet } from '../api/client';
import { useResource } from '../api/use-resource';
import { can } from '../session/permissions';
import { useSignedIn } from '../session/session-context';
import { ApiTokensTable } from './api-tokens-table';
import { CreateTokenForm } from './create-token-form';
import { SectionStatus } from './section-loading';
import { TokenSecretDialog } from './token-secret-dialog';

export function ApiTokensSection() {
  const { t } = useTranslation();
  const { session } = useSignedIn();
  const tokens = useResource((signal) => apiGet(API.apiTokens, ApiTokenList, signal), []);
  const [created, setCreated] = useState<CreateApiTokenResponse | null>(null);

  return (
    <section className="section" aria-labelledby="tokens-title">
      <h2 id="tokens-title">{t('tokens.title')}</h2>
      <p className="section__intro">
        {t('tokens.intro')}
        {can(session.user.role, 'apiTokens.viewAll') ? ` ${t('tokens.introAdmin')}` : null}
      </p>
      <CreateTokenForm
        onCreated={(response) => {
          setCreated(response);
          tokens.reload();
        }}
      />
      {tokens.data ? (
        <ApiTokensTable tokens={tokens.data.items} onRevoked={tokens.reload} />
      ) : (
        <SectionStatus error={tokens.error} />
      )}
      <TokenSecretDialog created={created} onClose={() => setCreated(null)} />
    </section>
  );
}
