import { ConversationSort, type BuiltInView } from '@sincere/contracts';
import { useCallback, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate, useLocation } from '../router/navigation';
import { ConversationList } from './conversation-list';
import { ConversationView, type ConversationCommands } from './conversation-view';
import { KeyboardHelp } from './keyboard-help';
import { SearchForm } from './search-form';
import { SearchResults } from './search-results';
import type { ShortcutAction } from './shortcuts';
import { useShortcuts } from './use-shortcuts';
import { useViews } from './use-views';
import { ViewsNav } from './views-nav';

const VIEW_SHORTCUTS: Partial<Record<ShortcutAction, BuiltInView>> = {
  viewMine: 'mine',
  viewUnassigned: 'unassigned',
  viewMyTeam: 'my_team',
  viewAll: 'all',
};

/** The workspace: views, the selected view's conversations, the open conversation and room for the customer. */
export function InboxPage({ conversationId }: { conversationId: string | null }) {
  const { t } = useTranslation();
  const sortId = useId();
  const { search } = useLocation();
  const viewId = new URLSearchParams(search).get('view') ?? 'mine';
  const views = useViews();
  const [sort, setSort] = useState<ConversationSort>('waiting');
  const [query, setQuery] = useState('');
  const [helpOpen, setHelpOpen] = useState(false);
  const orderRef = useRef<string[]>([]);
  const commandsRef = useRef<ConversationCommands | null>(null);
  const searchRef = useRef<{ focus: () => void }>(null);

  const viewQuery = `?view=${encodeURIComponent(viewId)}`;
  const hrefOf = useCallback((id: string) => `/inbox/${encodeURIComponent(id)}${viewQuery}`, [viewQuery]);
  const viewHref = (id: string) =>
    `/inbox${conversationId ? `/${encodeURIComponent(conversationId)}` : ''}?view=${encodeURIComponent(id)}`;
  const onOrder = useCallback((ids: string[]) => {
    orderRef.current = ids;
  }, []);

  const step = (by: 1 | -1) => {
    const ids = orderRef.current;
    const at = conversationId ? ids.indexOf(conversationId) : -1;
    const next = at < 0 ? ids[0] : ids[Math.min(ids.length - 1, Math.max(0, at + by))];
    if (next) navigate(hrefOf(next));
  };

  useShortcuts((action) => {
    const view = VIEW_SHORTCUTS[action];
    if (view) return navigate(viewHref(view));
    const commands = commandsRef.current;
    switch (action) {
      case 'next':
        return step(1);
      case 'previous':
        return step(-1);
      case 'reply':
        return commands?.compose('outbound');
      case 'note':
        return commands?.compose('note');
      case 'assignToMe':
        return commands?.assignToMe();
      case 'resolve':
        return commands?.toggleResolved();
      case 'search':
        return searchRef.current?.focus();
      case 'help':
        return setHelpOpen(true);
    }
  });

  const selectedView = views.data?.items.find((view) => view.id === viewId);
  return (
    <div className="inbox">
      <ViewsNav views={views.data?.items ?? null} error={views.error} selected={viewId} hrefOf={viewHref} />
      <section className="inbox__list" aria-labelledby="inbox-title">
        <div className="inbox__list-header">
          <div className="inbox__list-title">
            <h1 id="inbox-title" className="inbox__title" tabIndex={-1}>
              {t('inbox.title')}
            </h1>
            <button
              type="button"
              className="button button--quiet button--small"
              aria-keyshortcuts="?"
              onClick={() => setHelpOpen(true)}
            >
              {t('shortcuts.open')}
            </button>
          </div>
          <SearchForm ref={searchRef} active={query} onSearch={setQuery} />
          {query ? null : (
            <span className="inline-field">
              <label htmlFor={sortId}>{t('inbox.sort')}</label>
              <select
                id={sortId}
                className="select select--compact"
                value={sort}
                onChange={(event) => {
                  const parsed = ConversationSort.safeParse(event.target.value);
                  if (parsed.success) setSort(parsed.data);
                }}
              >
                {ConversationSort.options.map((option) => (
                  <option key={option} value={option}>
                    {t(`inbox.sorts.${option}`)}
                  </option>
                ))}
              </select>
            </span>
          )}
        </div>
        {query ? (
          <SearchResults query={query} selectedId={conversationId} hrefOf={hrefOf} onOrder={onOrder} />
        ) : (
          <ConversationList
            viewId={viewId}
            view={selectedView}
            sort={sort}
            selectedId={conversationId}
            hrefOf={hrefOf}
            onOrder={onOrder}
          />
        )}
      </section>
      <section className="inbox__detail" aria-label={t('inbox.conversation')}>
        {conversationId ? (
          <ConversationView key={conversationId} id={conversationId} ref={commandsRef} />
        ) : (
          <p className="empty">{t('inbox.selectConversation')}</p>
        )}
      </section>
      <KeyboardHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
