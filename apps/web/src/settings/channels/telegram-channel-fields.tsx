import { useTranslation } from 'react-i18next';
import { TextField } from '../../forms/field';
import { RadioGroupField } from '../radio-group-field';
import type { TelegramDraft } from './channel-draft';

interface TelegramChannelFieldsProps {
  telegram: TelegramDraft;
  errors: Record<string, string>;
  /** Editing: an empty token keeps the bot connected as it is. */
  tokenSet: boolean;
  onChange: (update: Partial<TelegramDraft>) => void;
}

/** A Telegram bot: its token from BotFather, and how its updates reach Sincere. */
export function TelegramChannelFields({ telegram, errors, tokenSet, onChange }: TelegramChannelFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        label={t('channelsSettings.telegram.botToken')}
        hint={tokenSet ? t('channelsSettings.keepSecretHint') : t('channelsSettings.telegram.botTokenHint')}
        error={errors['secrets.botToken']}
        type="password"
        autoComplete="off"
        spellCheck={false}
        dir="ltr"
        value={telegram.botToken}
        onValue={(botToken) => onChange({ botToken })}
      />
      <RadioGroupField
        legend={t('channelsSettings.telegram.mode')}
        value={telegram.mode}
        onChange={(mode) => onChange({ mode })}
        error={errors['settings.mode']}
        options={(['webhook', 'polling'] as const).map((mode) => ({
          value: mode,
          label: t(`channelsSettings.telegram.modes.${mode}`),
          hint: t(`channelsSettings.telegram.modeHints.${mode}`),
        }))}
      />
    </>
  );
}
