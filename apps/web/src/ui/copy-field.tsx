import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useToast } from './toast-context';

interface CopyFieldProps {
  label: string;
  value: string;
}

/** A read-only value with a Copy button, for links and secrets shown once. */
export function CopyField({ label, value }: CopyFieldProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      toast.success(t('common.copied'));
    } catch {
      // The Clipboard API needs a secure context; plain-http installs fall back to selecting the text.
      inputRef.current?.select();
      const copied = document.execCommand('copy');
      if (copied) toast.success(t('common.copied'));
      else toast.error(t('common.copyFailed'));
    }
  };

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-field">
        <input
          id={id}
          ref={inputRef}
          className="input input--mono"
          readOnly
          value={value}
          onFocus={(event) => event.target.select()}
        />
        <button type="button" className="button" onClick={() => void copy()}>
          {t('common.copy')}
        </button>
      </div>
    </div>
  );
}
