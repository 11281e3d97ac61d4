import type { Macro } from '@sincere/contracts';
import { useTranslation } from 'react-i18next';
import { Modal } from '../ui/modal';
import { MacroForm } from './macro-form';

interface MacroDialogProps {
  open: boolean;
  /** null creates a macro. */
  macro: Macro | null;
  editable: boolean;
  /** Whether the viewer may create shared macros (admins and leads). */
  canShare: boolean;
  onSaved: (macro: Macro) => void;
  onClose: () => void;
}

export function MacroDialog({ open, macro, editable, canShare, onSaved, onClose }: MacroDialogProps) {
  const { t } = useTranslation();
  const title = !macro
    ? t('macrosSettings.createTitle')
    : editable
      ? t('macrosSettings.editTitle', { name: macro.name })
      : macro.name;
  return (
    <Modal open={open} title={title} onClose={onClose}>
      <div className="editor-dialog editor-dialog--wide">
        <MacroForm macro={macro} editable={editable} canShare={canShare} onSaved={onSaved} onCancel={onClose} />
      </div>
    </Modal>
  );
}
