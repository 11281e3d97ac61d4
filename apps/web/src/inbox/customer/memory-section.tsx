import type { CustomerMemory, Role } from '@sincere/contracts';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../api/use-error-text';
import { useSignedIn } from '../../session/session-context';
import { useCustomerMemory } from './memory-api';
import { MemoryFact } from './memory-fact';
import { factsByCategory, formatMentioned } from './memory-format';
import { MemoryNote } from './memory-note';
import { MemorySuggestion } from './memory-suggestion';

/** Reviewers read what the team remembers; the roles that answer customers change it (as the server allows). */
const WRITERS: readonly Role[] = ['admin', 'lead', 'agent'];

/** "Ask about" prompts, personal facts and suggestions to confirm. */
export function MemorySection({ customerId, conversationId }: { customerId: string; conversationId: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { session } = useSignedIn();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const memory = useCustomerMemory(customerId, conversationId);
  const { reload } = memory;
  // A fact or suggestion that leaves the list takes the keyboard's place with it: the section's title gets it.
  const afterLeaving = () => {
    heading.current?.focus();
    reload();
  };

  return (
    <section className="memory" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('memory.title')}
      </h4>
      {memory.data ? (
        <MemoryContent
          memory={memory.data}
          customerId={customerId}
          canWrite={WRITERS.includes(session.user.role)}
          onChanged={reload}
          onLeft={afterLeaving}
        />
      ) : memory.error ? (
        <p className="field__error" role="alert">
          {errorText(memory.error)}
        </p>
      ) : (
        <p className="muted">{t('common.loading')}</p>
      )}
    </section>
  );
}

interface ContentProps {
  memory: CustomerMemory;
  customerId: string;
  canWrite: boolean;
  onChanged: () => void;
  onLeft: () => void;
}

export function MemoryContent({ memory, customerId, canWrite, onChanged, onLeft }: ContentProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const groups = factsByCategory(memory.facts);
  return (
    <>
      {memory.askAbout.length > 0 ? (
        <ul className="plain-list memory__ask" aria-label={t('memory.askAboutList')}>
          {memory.askAbout.map((fact) => (
            <li key={fact.id} className="notice">
              <strong>{t('memory.askAbout')}</strong> <span dir="auto">{fact.text}</span>{' '}
              <span className="muted">
                ({t('memory.mentioned', { date: formatMentioned(fact.mentionedAt, i18n.language) })})
              </span>
            </li>
          ))}
        </ul>
      ) : null}

      {memory.suggestions.length > 0 ? (
        <section aria-labelledby={`${id}-suggestions`}>
          <h5 id={`${id}-suggestions`}>{t('memory.suggestions')}</h5>
          <p className="muted">{t('memory.suggestionsHint')}</p>
          <ul className="plain-list">
            {memory.suggestions.map((suggestion) => (
              <MemorySuggestion key={suggestion.id} suggestion={suggestion} canWrite={canWrite} onDone={onLeft} />
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby={`${id}-facts`}>
        <h5 id={`${id}-facts`}>{t('memory.facts')}</h5>
        {groups.length === 0 ? <p className="muted">{t('memory.noFacts')}</p> : null}
        {groups.map((group) => (
          <div key={group.category} className="memory__group">
            <h6 id={`${id}-${group.category}`}>{t(`memory.categories.${group.category}`)}</h6>
            <ul className="plain-list" aria-labelledby={`${id}-${group.category}`}>
              {group.facts.map((fact) => (
                <MemoryFact key={fact.id} fact={fact} canWrite={canWrite} onChanged={onChanged} onGone={onLeft} />
              ))}
            </ul>
          </div>
        ))}
      </section>

      {canWrite ? <MemoryNote customerId={customerId} onSaved={onChanged} /> : null}
    </>
  );
}
