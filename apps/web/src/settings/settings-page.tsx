import { useEffect, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../router/link';
import { navigate } from '../router/navigation';
import type { SettingsSection } from '../router/routes';
import { useSignedIn } from '../session/session-context';
import { AccountSection } from './account-section';
import { AgentsSection } from './agents-section';
import { ApiTokensSection } from './api-tokens-section';
import { AuditLogSection } from './audit-log-section';
import { ChannelsSection } from './channels/channels-section';
import { MacrosSection } from './macros-section';
import { ProfileSection } from './profile-section';
import { visibleSections } from './settings-sections';
import { SlaPoliciesSection } from './sla-policies-section';
import { TeamsSection } from './teams-section';
import { UsersSection } from './users-section';
import { WebhooksSection } from './webhooks/webhooks-section';
import { CustomerFieldsSection } from './customer-fields/customer-fields-section';
import { ConnectorsSection } from './connectors/connectors-section';
import { CultureSection } from './culture/culture-section';
import { CalendarSection } from './culture/calendar-section';
import { QualitySection } from './quality/quality-section';

const SECTIONS: Record<SettingsSection, ComponentType> = {
  account: AccountSection,
  users: UsersSection,
  teams: TeamsSection,
  agents: AgentsSection,
  'sla-policies': SlaPoliciesSection,
  macros: MacrosSection,
  culture: CultureSection,
  calendar: CalendarSection,
  channels: ChannelsSection,
  webhooks: WebhooksSection,
  'customer-fields': CustomerFieldsSection,
  connectors: ConnectorsSection,
  quality: QualitySection,
  'api-tokens': ApiTokensSection,
  'audit-log': AuditLogSection,
  profile: ProfileSection,
};

export function SettingsPage({ section }: { section: SettingsSection | null }) {
  const { t } = useTranslation();
  const { session } = useSignedIn();
  const sections = visibleSections(session.user.role);
  const first = sections[0] ?? 'profile';

  // /settings on its own opens the first section, with an address that can be bookmarked.
  useEffect(() => {
    if (section === null) navigate(`/settings/${first}`, { replace: true });
  }, [section, first]);

  const current = section ?? first;
  const Section = SECTIONS[current];
  return (
    <div className="settings">
      <div className="settings__sidebar">
        <h1 className="settings__title" tabIndex={-1}>
          {t('settings.title')}
        </h1>
        <nav aria-label={t('settings.sectionsLabel')}>
          <ul className="settings__nav">
            {sections.map((item) => (
              <li key={item}>
                <Link
                  href={`/settings/${item}`}
                  className="settings__nav-link"
                  aria-current={item === current ? 'page' : undefined}
                >
                  {item === 'quality' ? t('qualityReports.settings.section') : t(`settings.sections.${item}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <div className="settings__content">
        {sections.includes(current) ? <Section /> : <p className="notice">{t('settings.noAccess')}</p>}
      </div>
    </div>
  );
}
