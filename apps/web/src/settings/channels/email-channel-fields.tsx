import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../forms/checkbox-field';
import { TextField } from '../../forms/field';
import type { EmailDraft } from './channel-draft';

interface EmailChannelFieldsProps {
  email: EmailDraft;
  errors: Record<string, string>;
  /** Editing: an empty password keeps the one already set. */
  passwordSet: boolean;
  onChange: (update: Partial<EmailDraft>) => void;
}

/** An inbox's address and reply name, and optionally an existing mailbox Sincere fetches over IMAP. */
export function EmailChannelFields({ email, errors, passwordSet, onChange }: EmailChannelFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        label={t('channelsSettings.email.address')}
        hint={t('channelsSettings.email.addressHint')}
        error={errors['settings.address']}
        type="email"
        dir="ltr"
        autoComplete="off"
        value={email.address}
        onValue={(address) => onChange({ address })}
      />
      <TextField
        label={t('channelsSettings.email.fromName')}
        hint={t('channelsSettings.email.fromNameHint')}
        error={errors['settings.fromName']}
        dir="auto"
        value={email.fromName}
        onValue={(fromName) => onChange({ fromName })}
      />
      <CheckboxField
        label={t('channelsSettings.email.useImap')}
        hint={t('channelsSettings.email.useImapHint')}
        error={errors['settings.imap']}
        checked={email.useImap}
        onChange={(useImap) => onChange({ useImap })}
      />
      {email.useImap ? (
        <fieldset className="form__group">
          <legend className="choice-group__legend">{t('channelsSettings.email.imap')}</legend>
          <div className="form__row">
            <TextField
              label={t('channelsSettings.email.imapHost')}
              error={errors['settings.imap.host']}
              dir="ltr"
              autoComplete="off"
              placeholder="imap.example.com"
              value={email.imapHost}
              onValue={(imapHost) => onChange({ imapHost })}
            />
            <TextField
              label={t('channelsSettings.email.imapPort')}
              error={errors['settings.imap.port']}
              inputMode="numeric"
              value={email.imapPort}
              onValue={(imapPort) => onChange({ imapPort })}
            />
          </div>
          <CheckboxField
            label={t('channelsSettings.email.imapSecure')}
            hint={t('channelsSettings.email.imapSecureHint')}
            checked={email.imapSecure}
            onChange={(imapSecure) => onChange({ imapSecure })}
          />
          <div className="form__row">
            <TextField
              label={t('channelsSettings.email.imapUser')}
              error={errors['settings.imap.user']}
              dir="ltr"
              autoComplete="off"
              value={email.imapUser}
              onValue={(imapUser) => onChange({ imapUser })}
            />
            <TextField
              label={t('channelsSettings.email.imapPassword')}
              hint={passwordSet ? t('channelsSettings.keepSecretHint') : undefined}
              error={errors['secrets.imapPassword']}
              type="password"
              autoComplete="new-password"
              value={email.imapPassword}
              onValue={(imapPassword) => onChange({ imapPassword })}
            />
          </div>
          <TextField
            label={t('channelsSettings.email.imapMailbox')}
            error={errors['settings.imap.mailbox']}
            dir="ltr"
            value={email.imapMailbox}
            onValue={(imapMailbox) => onChange({ imapMailbox })}
          />
        </fieldset>
      ) : null}
    </>
  );
}
