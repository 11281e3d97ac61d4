import type { ConversationEtiquette } from '@sincere/contracts';
import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Resource } from '../../api/use-resource';
import { useToast } from '../../ui/toast-context';
import { AddressDialog } from './address-dialog';
import { addressHint } from './etiquette-hint';
import './etiquette.css';

interface Props {
  etiquette: Resource<ConversationEtiquette>;
  /** Puts a greeting for the customer's occasion at the start of the reply. */
  onGreeting: (text: string) => void;
}

/**
 * One line above the reply: how to address this customer ("Kak Sari", «Anda», not «kamu»), the language they
 * write and one tip from their culture; an occasion's greeting to insert, and a quiet period they are in.
 */
export function EtiquetteLine({ etiquette, onGreeting }: Props) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const [choosing, setChoosing] = useState(false);
  const data = etiquette.data;
  if (!data) return null;
  const hint = addressHint(data);
  const languageName = hint.language
    ? (new Intl.DisplayNames([i18n.language], { type: 'language' }).of(hint.language) ?? hint.language)
    : null;
  const { occasion, quietPeriod } = data;
  const dateOf = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(iso));

  return (
    <div className="etiquette" data-testid="etiquette-line">
      <p className="etiquette__line">
        {hint.address ? (
          <span>
            {t('etiquette.addressAs')} <bdi className="etiquette__address">{hint.address}</bdi>
            {hint.chosen ? null : <span className="muted"> ({t('etiquette.address.proposed')})</span>}
          </span>
        ) : (
          <span className="muted">{t('etiquette.noAddress')}</span>
        )}
        {data.address.proposal || hint.chosen ? (
          <button type="button" className="button button--small button--quiet" onClick={() => setChoosing(true)}>
            {t('etiquette.change')}
          </button>
        ) : null}
        {hint.you ? (
          <span className="etiquette__part">
            {hint.you.avoid
              ? t('etiquette.youNotInformal', { formal: hint.you.use, informal: hint.you.avoid })
              : t('etiquette.youFormal', { formal: hint.you.use })}
          </span>
        ) : null}
        {languageName ? (
          <span className="etiquette__part">
            {hint.secondLanguage
              ? t('etiquette.secondLanguage', { language: languageName })
              : t('etiquette.writes', { language: languageName })}
          </span>
        ) : null}
        {hint.tip ? <span className="etiquette__part">{t(`etiquette.tip.${hint.tip}`)}</span> : null}
      </p>
      {occasion?.greeting ? (
        <p className="etiquette__occasion">
          <span>
            {t('etiquette.occasion', { name: occasion.entry.name })} <bdi dir="auto">{occasion.greeting}</bdi>
          </span>
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => onGreeting(occasion.greeting ?? '')}
          >
            {t('etiquette.insertGreeting')}
          </button>
        </p>
      ) : null}
      {quietPeriod ? (
        <p className="etiquette__quiet" role="status">
          {t(quietPeriod.approximate ? 'etiquette.quietApproximate' : 'etiquette.quiet', {
            name: quietPeriod.name,
            until: dateOf(quietPeriod.endsOn),
          })}
        </p>
      ) : null}
      {/* Outside the composer's form: a form may not sit inside another. */}
      {choosing
        ? createPortal(
            <AddressDialog
              open
              etiquette={data}
              onClose={() => setChoosing(false)}
              onSaved={() => {
                setChoosing(false);
                toast.success(t('etiquette.address.saved'));
                etiquette.reload();
              }}
            />,
            document.body,
          )
        : null}
    </div>
  );
}
