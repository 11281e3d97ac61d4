import type { ConversationDetail, ConversationQuality, Review, ScorecardEntry } from '@sincere/contracts';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../api/use-error-text';
import { useResource } from '../api/use-resource';
import { Link } from '../router/link';
import { navigate } from '../router/navigation';
import { qualityPath } from '../router/routes';
import { useToast } from '../ui/toast-context';
import { textLocale } from './category-text';
import { quotesByMessage } from './evidence-marks';
import { HumanReviews } from './human-reviews';
import { readCalibration, readConversation, readConversationQuality, readScorecard } from './quality-api';
import { formatScore } from './score-preview';
import { ScorecardForm } from './scorecard-form';
import { SentimentLine } from './sentiment-line';
import { showMessage, Transcript } from './transcript';
import './scoring.css';

interface ScorePageProps {
  conversationId: string;
  /** Scoring as part of a calibration round (?calibration=…): blind, with the round's scorecard. */
  calibrationId: string | null;
}

/** The scoring screen: the conversation on the left with the quoted evidence marked, the scorecard on the right. */
export function ScorePage({ conversationId, calibrationId }: ScorePageProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const conversation = useResource((signal) => readConversation(conversationId, signal), [conversationId]);
  const quality = useResource((signal) => readConversationQuality(conversationId, signal), [conversationId]);
  const roundCard = useResource(
    (signal) => (calibrationId ? roundScorecard(calibrationId, signal) : Promise.resolve(null)),
    [calibrationId],
  );

  const error = conversation.error ?? quality.error ?? roundCard.error;
  if (error) {
    return (
      <section className="quality-score">
        <BackToQueue />
        <p className="field__error" role="alert">
          {errorText(error)}
        </p>
      </section>
    );
  }
  if (!conversation.data || !quality.data || (calibrationId && !roundCard.data)) {
    return (
      <p className="muted" aria-busy="true">
        {t('common.loading')}
      </p>
    );
  }
  return (
    <ScoreScreen
      conversation={conversation.data}
      quality={quality.data}
      calibrationId={calibrationId}
      scorecard={roundCard.data ?? quality.data.scorecard}
    />
  );
}

/** A round is scored with the scorecard version it started with, which may be older than the one in use. */
async function roundScorecard(calibrationId: string, signal: AbortSignal): Promise<ScorecardEntry> {
  const round = await readCalibration(calibrationId, signal);
  return readScorecard(round.scorecardId, signal);
}

function BackToQueue() {
  const { t } = useTranslation();
  return (
    <Link href={qualityPath('queue')} className="quality-back">
      {t('quality.scoring.back')}
    </Link>
  );
}

interface ScoreScreenProps {
  conversation: ConversationDetail;
  quality: ConversationQuality;
  scorecard: ScorecardEntry;
  calibrationId: string | null;
}

function ScoreScreen({ conversation, quality, scorecard, calibrationId }: ScoreScreenProps) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const locale = textLocale(i18n.language);
  // Calibration measures whether people agree on their own: the automatic ratings would anchor them.
  const automatic = calibrationId ? null : quality.automatic;
  const quotes = quotesByMessage(automatic?.ratings.flatMap((rating) => rating.evidence) ?? []);
  const title = conversation.subject ?? t('quality.scoring.untitled', { customer: conversation.customer.name });

  const submitted = (review: Review) => {
    toast.success(t('quality.scoring.saved', { score: formatScore(review.score) }));
    navigate(qualityPath('queue'));
  };

  return (
    <section className="quality-score" aria-labelledby="quality-score-title">
      <BackToQueue />
      <header className="quality-score__header">
        <h2 id="quality-score-title" tabIndex={-1} dir="auto">
          {title}
        </h2>
        <p className="quality-score__meta">
          <bdi>{conversation.customer.name}</bdi>
          {automatic ? (
            <>
              {' · '}
              <span data-testid="automatic-score">
                {t('quality.scoring.automaticScore', { score: formatScore(automatic.score) })}
              </span>
            </>
          ) : null}
          {' · '}
          <Link href={`/inbox/${encodeURIComponent(conversation.id)}`}>{t('quality.scoring.openInInbox')}</Link>
        </p>
        {calibrationId ? <p className="notice">{t('quality.scoring.calibration')}</p> : null}
        {!calibrationId && !automatic ? <p className="muted">{t('quality.scoring.noAutomatic')}</p> : null}
        {automatic && quality.automaticScorecard?.id !== scorecard.id ? (
          <p className="muted">{t('quality.scoring.automaticOther')}</p>
        ) : null}
        <SentimentLine sentiment={automatic?.sentiment ?? null} />
      </header>
      <div className="quality-score__columns">
        <section className="quality-score__conversation" aria-label={t('quality.scoring.conversation')}>
          <Transcript messages={conversation.messages} customerName={conversation.customer.name} quotes={quotes} />
        </section>
        <ScorecardForm
          conversationId={conversation.id}
          scorecard={scorecard}
          automatic={automatic ? { review: automatic, scorecard: quality.automaticScorecard } : null}
          calibrationId={calibrationId}
          locale={locale}
          onShowMessage={showMessage}
          onSubmitted={submitted}
        />
      </div>
      <HumanReviews reviews={quality.reviews} />
    </section>
  );
}
