import type { CardField, ConnectorCard } from '@sincere/contracts';
import { useTranslation } from 'react-i18next';
import { badgeClass, fieldText, listColumns, NO_VALUE, safeHref } from './card-format';

/** One value of a card: formatted for its kind; a link opens in a new tab; a badge has its tone's colour. */
function FieldValue({ field, locale }: { field: CardField; locale: string }) {
  const { t } = useTranslation();
  const text = fieldText(field, locale);
  const href = field.format === 'link' ? safeHref(field.href) : null;
  let shown = <bdi>{text}</bdi>;
  if (href) {
    shown = (
      <a href={href} target="_blank" rel="noopener noreferrer">
        <bdi>{text}</bdi>
        <span className="visually-hidden"> {t('connectors.cards.opensInNewTab')}</span>
      </a>
    );
  } else if (field.format === 'badge' && text !== NO_VALUE) {
    shown = (
      <span className={badgeClass(field.tone)}>
        <bdi>{text}</bdi>
      </span>
    );
  }
  return (
    <>
      {shown}
      {field.error ? (
        <span className="field__hint" dir="auto">
          {' '}
          {field.error}
        </span>
      ) : null}
    </>
  );
}

/** List mode: one row per item (an order, an invoice), one column per label. */
function CardItems({ card, caption, locale }: { card: ConnectorCard; caption: string; locale: string }) {
  const { t } = useTranslation();
  const items = card.items ?? [];
  if (items.length === 0) return <p className="muted">{t('connectors.cards.noItems')}</p>;
  const columns = listColumns(items);
  const titled = items.some((item) => item.title !== undefined);
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {titled ? <th scope="col">{t('connectors.cards.item')}</th> : null}
            {columns.map((label) => (
              <th key={label} scope="col">
                <bdi>{label}</bdi>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((item, index) => (
            <tr key={index}>
              {titled ? (
                <th scope="row">
                  <bdi>{item.title ?? NO_VALUE}</bdi>
                </th>
              ) : null}
              {columns.map((label) => {
                const field = item.fields.find((candidate) => candidate.label === label);
                return <td key={label}>{field ? <FieldValue field={field} locale={locale} /> : NO_VALUE}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** What a connector's card shows: its fields, then its items in list mode. Every text is the company's: escaped. */
export function ConnectorCardBody({ card, caption, locale }: { card: ConnectorCard; caption: string; locale: string }) {
  return (
    <>
      {card.fields.length > 0 ? (
        <dl className="customer-panel__details">
          {card.fields.map((field, index) => (
            <div key={index}>
              <dt>
                <bdi>{field.label}</bdi>
              </dt>
              <dd>
                <FieldValue field={field} locale={locale} />
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {card.items ? <CardItems card={card} caption={caption} locale={locale} /> : null}
    </>
  );
}
