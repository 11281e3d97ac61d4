import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../router/link';
import { navigate, useLocation } from '../router/navigation';
import { qualityPath, type QualityView } from '../router/routes';
import { useSignedIn } from '../session/session-context';
import { DisputesPage } from './disputes-page';
import { landingView, mayOpen, qualityTabs, tabOfView } from './quality-access';
import { QueuePage } from './queue-page';
import { CalibrationPage } from './reports/calibration-page';
import { CoachingPage } from './reports/coaching-page';
import { QualityOverviewPage } from './reports/quality-overview-page';
import { ReviewPage } from './review-page';
import { ReviewsPage } from './reviews-page';
import { ScorePage } from './score-page';
import './quality.css';

/** Quality review (issue 8): a tab per page the role may use, the page below. */
export function QualityPage({ view, id }: { view: QualityView; id: string | null }) {
  const { t } = useTranslation();
  const { role } = useSignedIn().session.user;
  const tabs = qualityTabs(role);
  const current = tabOfView(view);
  // /quality is the overview for the team; agents have none, so they start from their own reviews.
  const redirect = view === 'overview' && !mayOpen(role, 'overview') ? qualityPath(landingView(role)) : null;
  useEffect(() => {
    if (redirect) navigate(redirect, { replace: true });
  }, [redirect]);
  useFocusOnViewChange(`${view}/${id ?? ''}`);

  return (
    <div className="quality">
      <h1 className="quality__title" tabIndex={-1}>
        {t('quality.title')}
      </h1>
      <nav aria-label={t('quality.tabsLabel')} data-quality-tabs="">
        <ul className="quality__tabs">
          {tabs.map((tab) => (
            <li key={tab}>
              <Link
                href={qualityPath(tab)}
                className="quality__tab"
                aria-current={tab === current ? 'page' : undefined}
              >
                {t(`quality.tabs.${tab}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="quality__content">
        {redirect ? null : mayOpen(role, view) ? (
          <View view={view} id={id} />
        ) : (
          <p className="notice">{t('quality.noAccess')}</p>
        )}
      </div>
    </div>
  );
}

function View({ view, id }: { view: QualityView; id: string | null }) {
  const { search } = useLocation();
  switch (view) {
    case 'overview':
      return <QualityOverviewPage />;
    case 'queue':
      return <QueuePage />;
    case 'reviews':
      return <ReviewsPage />;
    case 'review':
      return id ? <ReviewPage reviewId={id} /> : <ReviewsPage />;
    case 'score':
      return id ? (
        <ScorePage conversationId={id} calibrationId={new URLSearchParams(search).get('calibration')} />
      ) : (
        <QueuePage />
      );
    case 'disputes':
      return <DisputesPage />;
    case 'calibration':
      return <CalibrationPage calibrationId={id} />;
    case 'coaching':
      return <CoachingPage agentId={id} />;
  }
}

/**
 * Moving between quality pages by a link in the page (a queue row, "Back to the queue") puts focus on the new
 * page's heading, as the app does between pages; a tab keeps focus where it is, as the settings sections do.
 */
function useFocusOnViewChange(key: string) {
  const previous = useRef(key);
  useEffect(() => {
    if (previous.current === key) return;
    previous.current = key;
    if (document.activeElement?.closest('[data-quality-tabs]')) return;
    // A page still loading has no heading yet: the page title takes focus instead.
    const heading =
      document.querySelector<HTMLElement>('.quality__content h2[tabindex]') ??
      document.querySelector<HTMLElement>('.quality__title');
    heading?.focus();
  }, [key]);
}
