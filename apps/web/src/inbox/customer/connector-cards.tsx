import { CardResult, CONNECTOR_API, CustomerCards, type CustomerCardSource } from '@sincere/contracts';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet, withQuery } from '../../api/client';
import { useErrorText } from '../../api/use-error-text';
import { useResource } from '../../api/use-resource';
import { ConnectorCardActions } from './connector-card-actions';
import { ConnectorCardBody } from './connector-card-body';

interface CardProps {
  source: CustomerCardSource;
  customerId: string;
  conversationId: string;
}

/** One connector's card, loaded by its own request: a slow or failing system shows here and nowhere else. */
function ConnectorCardPanel({ source, customerId, conversationId }: CardProps) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const headingId = useId();
  // "Retry" and "Refresh" ask the company's system again instead of the server's cached card.
  const refreshNext = useRef(false);
  const card = useResource(
    (signal) => {
      const refresh = refreshNext.current;
      refreshNext.current = false;
      const path = withQuery(CONNECTOR_API.customerCard(customerId, source.id), {
        conversationId,
        refresh: refresh ? 'true' : undefined,
      });
      return apiGet(path, CardResult, signal);
    },
    [customerId, source.id, conversationId],
  );
  const askAgain = (refresh: boolean) => {
    refreshNext.current = refresh;
    card.reload();
  };
  // While asked again (after an action, on Refresh) the card stays, marked busy, with its action's result.
  const result = card.data;
  const failure = card.error ? errorText(card.error) : result?.ok === false ? result.error : null;

  const retryButton = (label: string) => (
    <button type="button" className="button button--small" disabled={card.loading} onClick={() => askAgain(true)}>
      {label}
      <span className="visually-hidden">
        {' '}
        <bdi>{source.name}</bdi>
      </span>
    </button>
  );

  return (
    <section className="panel" aria-labelledby={headingId} aria-busy={card.loading || undefined}>
      <h4 id={headingId} className="panel__title">
        <bdi>{source.name}</bdi>
      </h4>
      {card.loading && !result ? (
        <p className="muted">
          <span className="spinner" aria-hidden="true" /> {t('common.loading')}
        </p>
      ) : failure !== null ? (
        <div>
          <p className="notice notice--error">
            {!card.error && result?.ok === false ? (
              <strong>{t(`connectors.cards.errors.${result.code}`)} </strong>
            ) : null}
            <span dir="auto">{failure}</span>
          </p>
          {retryButton(t('connectors.cards.retry'))}
        </div>
      ) : result?.ok ? (
        <>
          {result.card.title && result.card.title !== source.name ? (
            <p className="muted">
              <bdi>{result.card.title}</bdi>
            </p>
          ) : null}
          <ConnectorCardBody card={result.card} caption={result.card.title ?? source.name} locale={i18n.language} />
          {result.card.actions && result.card.actions.length > 0 ? (
            <ConnectorCardActions
              actions={result.card.actions}
              customerId={customerId}
              connectorId={source.id}
              conversationId={conversationId}
              onRan={() => askAgain(false)}
            />
          ) : null}
          <p className="field__hint">
            {card.loading ? (
              <>
                <span className="spinner" aria-hidden="true" /> {t('common.loading')}{' '}
              </>
            ) : null}
            {t('connectors.cards.asOf', {
              time: new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(new Date(result.fetchedAt)),
            })}{' '}
            {retryButton(t('connectors.cards.refresh'))}
          </p>
        </>
      ) : null}
    </section>
  );
}

/** Live cards from the company's own systems: the list of connectors first, then each card on its own. */
export function ConnectorCards({ customerId, conversationId }: { customerId: string; conversationId: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const sources = useResource(
    (signal) => apiGet(CONNECTOR_API.customerConnectors(customerId), CustomerCards, signal),
    [customerId],
  );
  if (sources.error && !sources.loading) {
    return (
      <section aria-label={t('connectors.cards.heading')}>
        <p className="notice notice--error">
          {t('connectors.cards.listFailed')} {errorText(sources.error)}
        </p>
        <button type="button" className="button button--small" onClick={sources.reload}>
          {t('connectors.cards.retry')}
        </button>
      </section>
    );
  }
  const items = sources.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <section aria-label={t('connectors.cards.heading')}>
      {items.map((source) => (
        <ConnectorCardPanel
          // A card of another customer is never shown while this one's loads: a new customer, new cards.
          key={`${customerId}/${source.id}`}
          source={source}
          customerId={customerId}
          conversationId={conversationId}
        />
      ))}
    </section>
  );
}
