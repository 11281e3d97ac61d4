import { CalibrationDetail } from './calibration-detail';
import { CalibrationList } from './calibration-list';
import './quality-reports.css';

/** Calibration: the rounds (null) or one round, where reviewers score the same conversations blind. */
export function CalibrationPage({ calibrationId }: { calibrationId: string | null }) {
  return calibrationId === null ? <CalibrationList /> : <CalibrationDetail id={calibrationId} />;
}
