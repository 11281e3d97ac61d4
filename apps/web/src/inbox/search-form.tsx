import { ConversationSearchQuery } from '@sincere/contracts';
import { useId, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  active: string;
  onSearch: (query: string) => void;
  ref: Ref<{ focus: () => void }>;
}

/** Search box over all conversations; Enter searches, Escape (or clearing it) goes back to the view. */
export function SearchForm({ active, onSearch, ref }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(active);
  useImperativeHandle(ref, () => ({ focus: () => inputRef.current?.select() }));

  return (
    <form
      role="search"
      className="search-form"
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = ConversationSearchQuery.shape.q.safeParse(text);
        onSearch(parsed.success ? parsed.data : '');
      }}
    >
      <label htmlFor={id} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        ref={inputRef}
        id={id}
        type="search"
        className="input input--compact"
        dir="auto"
        maxLength={200}
        placeholder={t('search.placeholder')}
        aria-keyshortcuts="/"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          if (event.target.value === '') onSearch('');
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            setText('');
            onSearch('');
            event.currentTarget.blur();
          }
        }}
      />
    </form>
  );
}
