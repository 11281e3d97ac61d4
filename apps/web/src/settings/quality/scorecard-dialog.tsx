import type { ScorecardEntry, ScorecardSaved } from '@sincere/contracts';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../ui/modal';
import { ScorecardForm } from './scorecard-form';
import { useScorecardName } from './use-scorecard-name';

interface ScorecardDialogProps {
  /** 'new' for a new scorecard, a scorecard to edit it, null when closed. */
  open: ScorecardEntry | 'new' | null;
  onCreated: (entry: ScorecardEntry) => void;
  onSaved: (saved: ScorecardSaved) => void;
  onClose: () => void;
}

export function ScorecardDialog({ open, onCreated, onSaved, onClose }: ScorecardDialogProps) {
  const { t } = useTranslation();
  const scorecardName = useScorecardName();
  const entry = open === 'new' ? null : open;
  const title = entry
    ? t('qualityReports.settings.editTitle', { name: scorecardName(entry), version: entry.version })
    : t('qualityReports.settings.newTitle');
  return (
    <Modal open={open !== null} title={title} onClose={onClose}>
      {open ? (
        <div className="editor-dialog editor-dialog--wide" key={entry?.id ?? 'new'}>
          <ScorecardForm entry={entry} onCreated={onCreated} onSaved={onSaved} onCancel={onClose} />
        </div>
      ) : null}
    </Modal>
  );
}
