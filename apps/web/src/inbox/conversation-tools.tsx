import type { ConversationDetail } from '@sincere/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ForwardDialog } from './forward-dialog';
import { MergeDialog } from './merge-dialog';
import { MoreActions } from './more-actions';

/** Actions on the conversation as a whole, under "More": merge it into another, forward it by email. */
export function ConversationTools({ detail, disabled }: { detail: ConversationDetail; disabled: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'merge' | 'forward' | null>(null);
  const close = () => setOpen(null);
  return (
    <>
      <MoreActions
        disabled={disabled}
        actions={[
          { label: t('actions.merge'), onSelect: () => setOpen('merge') },
          { label: t('actions.forward'), onSelect: () => setOpen('forward') },
        ]}
      />
      <MergeDialog open={open === 'merge'} detail={detail} onClose={close} />
      <ForwardDialog open={open === 'forward'} conversationId={detail.id} onClose={close} />
    </>
  );
}
