import { useTranslation } from 'react-i18next';
import { describeError } from './describe-error';

/** Turns any thrown error into one sentence in the UI language. */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => {
    const description = describeError(error);
    if (description.kind === 'server') return description.text;
    if (description.code === 'rate_limited' && description.retryAfterSeconds !== null) {
      return t('errors.rate_limited_retry', { seconds: description.retryAfterSeconds });
    }
    return t(`errors.${description.code}`);
  };
}
