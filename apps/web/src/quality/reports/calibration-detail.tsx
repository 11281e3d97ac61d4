import type { Calibration } from '@sincere/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../api/use-error-text';
import { useResource } from '../../api/use-resource';
import { useDateFormat } from '../../i18n/format';
import { Link } from '../../router/link';
import { useSignedIn } from '../../session/session-context';
import { SectionStatus } from '../../settings/section-loading';
import { BusyButton } from '../../ui/busy-button';
import { useConfirm } from '../../ui/confirm-dialog';
import { useToast } from '../../ui/toast-context';
import { CalibrationAgreement } from './calibration-agreement';
import { CalibrationProgress } from './calibration-progress';
import { categoryNames } from './report-format';
import { closeCalibration, loadCalibration, loadScorecard } from './quality-reports-api';

/** One calibration round: its conversations to score, its progress and, once visible, the reviewers' agreement. */
export function CalibrationDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const round = useResource((signal) => loadCalibration(id, signal), [id]);
  return (
    <section className="quality-report" aria-labelledby="calibration-round-title">
      <p>
        <Link href="/quality/calibration">{t('qualityReports.calibration.allRounds')}</Link>
      </p>
      {round.data ? (
        <RoundContent round={round.data} onChanged={(next) => round.setData(() => next)} />
      ) : (
        <>
          <h2 id="calibration-round-title" tabIndex={-1}>
            {t('qualityReports.calibration.title')}
          </h2>
          <SectionStatus error={round.error} />
        </>
      )}
    </section>
  );
}

function RoundContent({ round, onChanged }: { round: Calibration; onChanged: (round: Calibration) => void }) {
  const { t, i18n } = useTranslation();
  const dates = useDateFormat();
  const { user } = useSignedIn().session;
  const lead = user.role === 'lead' || user.role === 'admin';
  const scoring = round.closedAt === null && round.reviewers.some((reviewer) => reviewer.id === user.id);
  const scorecard = useResource((signal) => loadScorecard(round.scorecardId, signal), [round.scorecardId]);
  const names = categoryNames(scorecard.data ? [scorecard.data] : [], i18n.language);

  return (
    <>
      <div className="quality-report__heading">
        <h2 id="calibration-round-title" tabIndex={-1}>
          <bdi>{round.name}</bdi>
        </h2>
        {lead && round.closedAt === null ? <CloseRound round={round} onClosed={onChanged} /> : null}
      </div>
      <p className="muted">
        {t('qualityReports.calibration.startedOn', { date: dates.date(round.createdAt) })}
        {' · '}
        {round.closedAt
          ? t('qualityReports.calibration.closedOn', { date: dates.date(round.closedAt) })
          : t('qualityReports.calibration.open')}
      </p>
      <CalibrationProgress round={round} />
      <p>
        {t('qualityReports.calibration.reviewersAre')}{' '}
        {round.reviewers.map((reviewer, index) => (
          <span key={reviewer.id}>
            {index > 0 ? ', ' : null}
            <bdi>{reviewer.name}</bdi>
            {reviewer.id === user.id ? ` (${t('qualityReports.calibration.you')})` : null}
          </span>
        ))}
      </p>

      <h3>{t('qualityReports.calibration.conversations')}</h3>
      {scoring ? <p className="field__hint">{t('qualityReports.calibration.blindHint')}</p> : null}
      <ul className="plain-list calibration-conversations">
        {round.conversations.map((conversation) => {
          const path = `/quality/conversations/${encodeURIComponent(conversation.id)}`;
          const subject = conversation.subject ? (
            <bdi dir="auto">{conversation.subject}</bdi>
          ) : (
            t('qualityReports.coaching.noSubject')
          );
          return (
            <li key={conversation.id} className="calibration-conversation">
              <span className="calibration-conversation__subject">{subject}</span>
              {scoring ? (
                <Link
                  className="button button--small button--primary"
                  href={`${path}?calibration=${encodeURIComponent(round.id)}`}
                >
                  {t('qualityReports.calibration.score')}
                  <span className="visually-hidden"> {subject}</span>
                </Link>
              ) : (
                <Link className="button button--small" href={path}>
                  {t('qualityReports.calibration.openConversation')}
                  <span className="visually-hidden"> {subject}</span>
                </Link>
              )}
            </li>
          );
        })}
      </ul>

      {round.agreement ? (
        <CalibrationAgreement agreement={round.agreement} names={names} />
      ) : (
        <p className="notice">{t('qualityReports.calibration.agreementLater')}</p>
      )}
    </>
  );
}

/** Closing reveals every rating and the agreement to the reviewers, and ends scoring: ask first. */
function CloseRound({ round, onClosed }: { round: Calibration; onClosed: (round: Calibration) => void }) {
  const { t } = useTranslation();
  const confirm = useConfirm();
  const toast = useToast();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);

  const close = async () => {
    const missing = round.expected - round.submitted;
    const ok = await confirm({
      title: t('qualityReports.calibration.closeTitle', { name: round.name }),
      body:
        missing > 0
          ? t('qualityReports.calibration.closeBodyMissing', { count: missing })
          : t('qualityReports.calibration.closeBody'),
      confirmLabel: t('qualityReports.calibration.close'),
    });
    if (!ok) return;
    setBusy(true);
    try {
      onClosed(await closeCalibration(round.id));
      toast.success(t('qualityReports.calibration.closedToast', { name: round.name }));
    } catch (error) {
      toast.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <BusyButton
      type="button"
      className="button"
      busy={busy}
      busyLabel={t('qualityReports.calibration.closing')}
      onClick={() => void close()}
    >
      {t('qualityReports.calibration.close')}
    </BusyButton>
  );
}
