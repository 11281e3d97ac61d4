import type { Calibration } from '@sincere/contracts';
import { useTranslation } from 'react-i18next';

/** Reviews in over reviews expected, as a bar and in words. */
export function CalibrationProgress({ round }: { round: Pick<Calibration, 'submitted' | 'expected'> }) {
  const { t } = useTranslation();
  const text = t('qualityReports.calibration.progress', { submitted: round.submitted, expected: round.expected });
  return (
    <span className="calibration-progress">
      <progress className="calibration-progress__bar" value={round.submitted} max={Math.max(round.expected, 1)}>
        {text}
      </progress>
      <span>{text}</span>
    </span>
  );
}
