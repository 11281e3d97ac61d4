import type { AddressOption, ConversationEtiquette, Customer } from '@sincere/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../api/use-error-text';
import { DialogFormActions } from '../../ui/dialog-form-actions';
import { Modal } from '../../ui/modal';
import { saveAddress } from './etiquette-api';
import { addressChoices } from './etiquette-hint';

interface Props {
  open: boolean;
  etiquette: ConversationEtiquette;
  onClose: () => void;
  onSaved: (customer: Customer) => void;
}

const OTHER = '\u0000other';
const PROPOSAL = '\u0000proposal';

/** "Ibu Sari" or "Kak Sari"? The agent picks (or writes) the form of address; it is remembered for the customer. */
export function AddressDialog({ open, etiquette, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const id = useId();
  const choices = addressChoices(etiquette);
  const chosen = etiquette.address.chosen;
  const known = chosen === null || choices.some((option) => option.address === chosen);
  const [value, setValue] = useState(chosen === null ? (choices[0]?.address ?? OTHER) : known ? chosen : OTHER);
  const [other, setOther] = useState(known ? '' : (chosen ?? ''));
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const describe = (option: AddressOption) =>
    [
      option.gender === 'any' ? null : t(`etiquette.gender.${option.gender}`),
      option.age === 'any' ? null : t(`etiquette.age.${option.age}`),
      t(`etiquette.formality.${option.formality}`),
    ]
      .filter(Boolean)
      .join(' · ');

  const submit = async () => {
    const address = value === OTHER ? other.trim() : value === PROPOSAL ? null : value;
    if (address === '') return setFailure(t('etiquette.address.otherEmpty'));
    setBusy(true);
    setFailure(null);
    try {
      onSaved(await saveAddress(etiquette.customerId, address));
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open={open} title={t('etiquette.address.title')} onClose={onClose}>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <fieldset className="choice-group">
          <legend className="choice-group__legend">{t('etiquette.address.legend')}</legend>
          {choices.map((option, index) => (
            <label key={option.address} className="choice">
              <input
                type="radio"
                name={id}
                value={option.address}
                checked={value === option.address}
                onChange={() => setValue(option.address)}
              />
              <span>
                <bdi className="choice__label">{option.address}</bdi>
                <span className="field__hint choice__hint">
                  {index === 0 ? `${t('etiquette.address.proposed')} · ` : ''}
                  {describe(option)}
                </span>
              </span>
            </label>
          ))}
          <label className="choice">
            <input type="radio" name={id} value={OTHER} checked={value === OTHER} onChange={() => setValue(OTHER)} />
            <span className="choice__label">{t('etiquette.address.other')}</span>
          </label>
          {value === OTHER ? (
            <input
              className="input"
              dir="auto"
              maxLength={100}
              aria-label={t('etiquette.address.otherLabel')}
              value={other}
              onChange={(event) => setOther(event.target.value)}
              autoFocus
            />
          ) : null}
          {chosen !== null ? (
            <label className="choice">
              <input
                type="radio"
                name={id}
                value={PROPOSAL}
                checked={value === PROPOSAL}
                onChange={() => setValue(PROPOSAL)}
              />
              <span className="choice__label">{t('etiquette.address.forget')}</span>
            </label>
          ) : null}
        </fieldset>
        <p className="field__hint">{t('etiquette.address.remembered', { variable: '{{address}}' })}</p>
        <DialogFormActions editable busy={busy} error={failure} submitLabel={t('common.save')} onCancel={onClose} />
      </form>
    </Modal>
  );
}
