import { Tag } from '@sincere/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  tags: string[];
  disabled: boolean;
  onChange: (tags: string[]) => Promise<boolean>;
}

/** The conversation's tags: remove with their buttons, add by typing and pressing Enter. */
export function TagsEditor({ tags, disabled, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);

  const add = async () => {
    const parsed = Tag.safeParse(draft);
    if (!parsed.success) {
      setError(draft.trim() ? t('tags.invalid') : t('validation.required'));
      return;
    }
    setError(null);
    if (tags.includes(parsed.data)) return setDraft('');
    if (await onChange([...tags, parsed.data])) setDraft('');
  };

  return (
    <div className="tags-editor">
      <ul className="tags-editor__list" aria-label={t('tags.label')}>
        {tags.map((tag) => (
          <li key={tag} className="tag">
            <bdi>{tag}</bdi>
            <button
              type="button"
              className="tag__remove"
              aria-label={t('tags.remove', { tag })}
              disabled={disabled}
              onClick={() => void onChange(tags.filter((other) => other !== tag))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form
        className="tags-editor__add"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <label htmlFor={id} className="visually-hidden">
          {t('tags.add')}
        </label>
        <input
          id={id}
          className="input input--compact"
          value={draft}
          placeholder={t('tags.placeholder')}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          disabled={disabled}
          onChange={(event) => setDraft(event.target.value)}
        />
        {error ? (
          <span id={`${id}-error`} className="field__error">
            {error}
          </span>
        ) : null}
      </form>
    </div>
  );
}
