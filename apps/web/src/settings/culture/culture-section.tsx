import { ETIQUETTE_API, LocaleProfileList, type LocaleProfile, type LocaleProfileEntry } from '@sincere/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet } from '../../api/client';
import { useResource } from '../../api/use-resource';
import { can } from '../../session/permissions';
import { useSignedIn } from '../../session/session-context';
import { ItemTable } from '../item-table';
import { SectionStatus } from '../section-loading';
import { useBandText } from './band-field';
import { defaultHonorific, versionOf } from './culture-draft';
import { LocaleProfileDialog } from './locale-profile-dialog';

const VERSION_BADGE = { shipped: null, changed: 'badge badge--pending', own: 'badge badge--shared' } as const;

/** Locale profiles: how customers of each culture are addressed. Everyone reads them; admins change them. */
export function CultureSection() {
  const { t } = useTranslation();
  const { session } = useSignedIn();
  // Profiles are account settings: the server lets admins change them, as it does the account itself.
  const manage = can(session.user.role, 'account.edit');
  const bandText = useBandText();
  const profiles = useResource((signal) => apiGet(ETIQUETTE_API.localeProfiles, LocaleProfileList, signal), []);
  const [open, setOpen] = useState<LocaleProfileEntry | null>(null);
  const { setData, reload } = profiles;

  const saved = (entry: LocaleProfileEntry) =>
    setData((current) => ({
      items: (current?.items ?? []).map((item) => (item.profile.locale === entry.profile.locale ? entry : item)),
    }));

  const you = (profile: LocaleProfile) => {
    const { formal, informal, serviceDefault } = profile.you;
    if (formal === null && informal === null) return <span className="muted">{t('cultureSettings.youNone')}</span>;
    return (
      <>
        <bdi>{formal ?? '—'}</bdi> / <bdi>{informal ?? '—'}</bdi>
        <br />
        <span className="muted">{t(`cultureSettings.youDefault.${serviceDefault}`)}</span>
      </>
    );
  };

  return (
    <section className="section" aria-labelledby="culture-title">
      <h2 id="culture-title">{t('cultureSettings.title')}</h2>
      <p className="section__intro">{t('cultureSettings.intro')}</p>
      {manage ? null : <p className="notice">{t('cultureSettings.readOnly')}</p>}
      {profiles.data ? (
        <ItemTable
          caption={t('cultureSettings.tableCaption')}
          empty={t('cultureSettings.empty')}
          nameHeader={t('cultureSettings.name')}
          items={profiles.data.items.map((entry) => ({ id: entry.profile.locale, name: entry.profile.name, entry }))}
          columns={[
            { header: t('cultureSettings.locale'), cell: ({ entry }) => <code>{entry.profile.locale}</code> },
            { header: t('cultureSettings.you.column'), cell: ({ entry }) => you(entry.profile) },
            {
              header: t('cultureSettings.defaultHonorific'),
              cell: ({ entry }) => {
                const honorific = defaultHonorific(entry.profile);
                return honorific ? (
                  <bdi>{honorific.text}</bdi>
                ) : (
                  <span className="muted">{t('cultureSettings.noDefaultHonorific')}</span>
                );
              },
            },
            {
              header: t('cultureSettings.bands.negativeFeedback.label'),
              cell: ({ entry }) => bandText.negativeFeedback(entry.profile.negativeFeedback),
            },
            {
              header: t('cultureSettings.bands.faceSaving.label'),
              cell: ({ entry }) => bandText.faceSaving(entry.profile.faceSaving),
            },
            {
              header: t('cultureSettings.version'),
              cell: ({ entry }) => {
                const version = versionOf(entry);
                const badge = VERSION_BADGE[version];
                const text = t(`cultureSettings.versions.${version}`);
                return badge ? <span className={badge}>{text}</span> : <span className="muted">{text}</span>;
              },
            },
          ]}
          onOpen={({ entry }) => setOpen(entry)}
          editable={() => manage}
        />
      ) : (
        <SectionStatus error={profiles.error} />
      )}
      <LocaleProfileDialog
        entry={open}
        editable={manage}
        onSaved={(entry) => {
          saved(entry);
          setOpen(null);
        }}
        onRestored={() => {
          setOpen(null);
          reload();
        }}
        onClose={() => setOpen(null)}
      />
    </section>
  );
}
