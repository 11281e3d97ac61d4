import type { SlaPolicy } from '@sincere/contracts';
import { useTranslation } from 'react-i18next';
import { Modal } from '../ui/modal';
import { SlaPolicyForm } from './sla-policy-form';

interface SlaPolicyDialogProps {
  open: boolean;
  /** null creates a policy. */
  policy: SlaPolicy | null;
  editable: boolean;
  onSaved: (policy: SlaPolicy) => void;
  onClose: () => void;
}

export function SlaPolicyDialog({ open, policy, editable, onSaved, onClose }: SlaPolicyDialogProps) {
  const { t } = useTranslation();
  const title = !policy
    ? t('slaSettings.createTitle')
    : editable
      ? t('slaSettings.editTitle', { name: policy.name })
      : policy.name;
  return (
    <Modal open={open} title={title} onClose={onClose}>
      <div className="editor-dialog editor-dialog--wide">
        <SlaPolicyForm policy={policy} editable={editable} onSaved={onSaved} onCancel={onClose} />
      </div>
    </Modal>
  );
}
