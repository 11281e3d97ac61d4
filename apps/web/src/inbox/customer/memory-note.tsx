import { FACT_CATEGORIES, type FactCategory } from '@sincere/contracts';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { noteFact } from './memory-api';
import { MemoryFactForm } from './memory-fact-form';

/** "Note a fact" in one click: a button per category opens a small form for the fact's words. */
export function MemoryNote({ customerId, onSaved }: { customerId: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState<FactCategory | null>(null);
  const buttons = useRef(new Map<FactCategory, HTMLButtonElement>());

  const close = () => {
    // The category's button stays on screen: the keyboard goes back where it was.
    if (open) buttons.current.get(open)?.focus();
    setOpen(null);
  };

  return (
    <div className="memory__note" role="group" aria-labelledby={`${id}-title`}>
      <h5 id={`${id}-title`}>{t('memory.note')}</h5>
      <ul className="member-chips">
        {FACT_CATEGORIES.map((category) => (
          <li key={category}>
            <button
              ref={(button) => {
                if (button) buttons.current.set(category, button);
                else buttons.current.delete(category);
              }}
              type="button"
              className={open === category ? 'button button--small button--primary' : 'button button--small'}
              aria-expanded={open === category}
              aria-controls={open === category ? `${id}-form` : undefined}
              onClick={() => setOpen(open === category ? null : category)}
            >
              {t(`memory.categories.${category}`)}
            </button>
          </li>
        ))}
      </ul>
      {open ? (
        <div id={`${id}-form`}>
          <MemoryFactForm
            key={open}
            initial={{ text: '', category: open }}
            chooseCategory={false}
            label={t('memory.noteIn', { category: t(`memory.categories.${open}`) })}
            submitLabel={t('memory.save')}
            onSave={async (values) => {
              await noteFact(customerId, values);
              close();
              onSaved();
            }}
            onCancel={close}
          />
        </div>
      ) : null}
    </div>
  );
}
