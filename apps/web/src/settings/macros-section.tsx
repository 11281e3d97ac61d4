import { API, MacroList, StarterMacrosResult, type Macro } from '@sincere/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet, apiSend } from '../api/client';
import { useErrorText } from '../api/use-error-text';
import { BusyButton } from '../ui/busy-button';
import { useToast } from '../ui/toast-context';
import { useResource } from '../api/use-resource';
import { useDateFormat } from '../i18n/format';
import { can } from '../session/permissions';
import { useSignedIn } from '../session/session-context';
import { ItemTable } from './item-table';
import { MacroDialog } from './macro-dialog';
import { useLanguageName } from './macro-language';
import { upsertByName, withoutId } from './named-items';
import { SectionStatus } from './section-loading';
import { useConfirmedDelete } from './use-confirmed-delete';
import { variantsOfMacro } from './macro-draft';

export function MacrosSection() {
  const { t } = useTranslation();
  const format = useDateFormat();
  const languageName = useLanguageName();
  const { session } = useSignedIn();
  const manageShared = can(session.user.role, 'macros.manageShared');
  const macros = useResource((signal) => apiGet(API.macros, MacroList, signal), []);
  const [open, setOpen] = useState<{ macro: Macro | null } | null>(null);
  const { deleting, remove } = useConfirmedDelete();
  const { setData } = macros;
  const toast = useToast();
  const errorText = useErrorText();
  const [adding, setAdding] = useState(false);

  // The starter macros address customers as their culture expects, in seven languages; shortcuts in use stay.
  const addStarters = async () => {
    setAdding(true);
    try {
      const result = await apiSend('POST', API.starterMacros, {}, StarterMacrosResult);
      setData((current) => ({ items: [...(current?.items ?? []), ...result.added] }));
      toast.success(
        result.skipped.length > 0
          ? t('macrosSettings.startersAddedSome', { count: result.added.length, skipped: result.skipped.length })
          : t('macrosSettings.startersAdded', { count: result.added.length }),
      );
    } catch (error) {
      toast.error(errorText(error));
    } finally {
      setAdding(false);
    }
  };
  // The list holds shared macros and the viewer's own personal ones.
  const editable = (macro: Macro) => macro.scope === 'personal' || manageShared;

  const deleteMacro = async (macro: Macro) => {
    const deleted = await remove({
      id: macro.id,
      path: API.macro(macro.id),
      title: t('macrosSettings.deleteTitle'),
      body: t('macrosSettings.deleteBody', { name: macro.name }),
      confirmLabel: t('macrosSettings.delete'),
      done: t('macrosSettings.deleted', { name: macro.name }),
    });
    if (deleted) setData((current) => ({ items: withoutId(current?.items ?? [], macro.id) }));
  };

  return (
    <section className="section" aria-labelledby="macros-title">
      <h2 id="macros-title">{t('macrosSettings.title')}</h2>
      <p className="section__intro">
        {t('macrosSettings.intro')} {manageShared ? t('macrosSettings.introManager') : t('macrosSettings.introAgent')}
      </p>
      <p>
        <button type="button" className="button button--primary" onClick={() => setOpen({ macro: null })}>
          {t('macrosSettings.create')}
        </button>{' '}
        {manageShared ? (
          <BusyButton
            type="button"
            className="button"
            busy={adding}
            busyLabel={t('macrosSettings.addingStarters')}
            onClick={() => void addStarters()}
          >
            {t('macrosSettings.addStarters')}
          </BusyButton>
        ) : null}
      </p>
      {manageShared ? (
        <p className="field__hint">{t('macrosSettings.startersHint', { variable: '{{address}}' })}</p>
      ) : null}
      {macros.data ? (
        <ItemTable
          caption={t('macrosSettings.tableCaption')}
          empty={t('macrosSettings.empty')}
          nameHeader={t('macrosSettings.name')}
          items={macros.data.items}
          columns={[
            {
              header: t('macrosSettings.shortcut'),
              cell: (macro) =>
                macro.shortcut ? (
                  <code>/{macro.shortcut}</code>
                ) : (
                  <span className="muted">{t('macrosSettings.none')}</span>
                ),
            },
            {
              header: t('macrosSettings.scope'),
              cell: (macro) => (
                <span className={`badge badge--${macro.scope}`}>{t(`macrosSettings.scopes.${macro.scope}`)}</span>
              ),
            },
            {
              header: t('macrosSettings.languages'),
              cell: (macro) =>
                variantsOfMacro(macro)
                  .map((variant) => languageName(variant.language))
                  .join(', '),
            },
            {
              header: t('macrosSettings.updated'),
              cell: (macro) => <time dateTime={macro.updatedAt}>{format.date(macro.updatedAt)}</time>,
            },
          ]}
          onOpen={(macro) => setOpen({ macro })}
          editable={editable}
          onDelete={(macro) => void deleteMacro(macro)}
          deleting={deleting}
        />
      ) : (
        <SectionStatus error={macros.error} />
      )}
      <MacroDialog
        open={open !== null}
        macro={open?.macro ?? null}
        editable={open?.macro ? editable(open.macro) : true}
        canShare={manageShared}
        onSaved={(macro) => {
          setData((current) => ({ items: upsertByName(current?.items ?? [], macro) }));
          setOpen(null);
        }}
        onClose={() => setOpen(null)}
      />
    </section>
  );
}
