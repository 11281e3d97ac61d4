import { API, type ApiToken } from '@sincere/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiSendEmpty } from '../api/client';
import { useErrorText } from '../api/use-error-text';
import { useDateFormat } from '../i18n/format';
import { BusyButton } from '../ui/busy-button';
import { useConfirm } from '../ui/confirm-dialog';
import { useToast } from '../ui/toast-context';

function tokenState(token: ApiToken, now: number): 'active' | 'revoked' | 'expired' {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && Date.parse(token.expiresAt) <= now) return 'expired';
  return 'active';
}

export function ApiTokensTable({ tokens, onRevoked }: { tokens: ApiToken[]; onRevoked: () => void }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const confirm = useConfirm();
  const toast = useToast();
  const errorText = useErrorText();
  const [revoking, setRevoking] = useState<string | null>(null);
  const [now] = useState(() => Date.now());

  const revoke = async (token: ApiToken) => {
    const ok = await confirm({
      title: t('tokens.revokeTitle'),
      body: t('tokens.revokeBody', { name: token.name }),
      confirmLabel: t('tokens.revoke'),
      danger: true,
    });
    if (!ok) return;
    setRevoking(token.id);
    try {
      await apiSendEmpty('DELETE', API.apiToken(token.id));
      toast.success(t('tokens.revoked', { name: token.name }));
      onRevoked();
    } catch (error) {
      toast.error(errorText(error));
    } finally {
      setRevoking(null);
    }
  };

  if (tokens.length === 0) return <p className="empty">{t('tokens.empty')}</p>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{t('tokens.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tokens.name')}</th>
            <th scope="col">{t('tokens.prefix')}</th>
            <th scope="col">{t('tokens.owner')}</th>
            <th scope="col">{t('tokens.created')}</th>
            <th scope="col">{t('tokens.lastUsed')}</th>
            <th scope="col">{t('tokens.expires')}</th>
            <th scope="col">{t('tokens.status')}</th>
            <th scope="col">{t('tokens.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => {
            const state = tokenState(token, now);
            return (
              <tr key={token.id}>
                <th scope="row">
                  <bdi>{token.name}</bdi>
                </th>
                <td>
                  <code>{token.prefix}…</code>
                </td>
                <td>
                  <bdi>{token.user.name}</bdi>
                </td>
                <td>{format.date(token.createdAt)}</td>
                <td>{token.lastUsedAt ? format.dateTime(token.lastUsedAt) : t('tokens.neverUsed')}</td>
                <td>{token.expiresAt ? format.date(token.expiresAt) : t('tokens.noExpiry')}</td>
                <td>
                  <span className={`badge badge--${state}`}>{t(`tokens.states.${state}`)}</span>
                </td>
                <td>
                  {state === 'active' ? (
                    <BusyButton
                      type="button"
                      className="button button--small button--danger-quiet"
                      busy={revoking === token.id}
                      onClick={() => void revoke(token)}
                    >
                      {t('tokens.revoke')}
                      <span className="visually-hidden">
                        {' '}
                        <bdi>{token.name}</bdi>
                      </span>
                    </BusyButton>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
