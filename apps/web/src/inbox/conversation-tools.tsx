import type { ConversationDetail } from '@sincere/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ForwardDialog } from './forward-dialog';
import { MergeDialog } from './merge-dialog';
import { MoreActions } from './more-actions';
import { useSignedIn } from '../session/session-context';

interface Props {
  detail: ConversationDetail;
  disabled: boolean;
  /** "Resolve and follow up…" (or, once resolved, "Schedule a follow-up…"): the resolve dialog opens. */
  onFollowUp: () => void;
}

/** Actions on the conversation as a whole, under "More": merge it into another, forward it by email, follow up. */
export function ConversationTools({ detail, disabled, onFollowUp }: Props) {
  const { t } = useTranslation();
  const { features } = useSignedIn().session;
  const [open, setOpen] = useState<'merge' | 'forward' | null>(null);
  const close = () => setOpen(null);
  return (
    <>
      <MoreActions
        disabled={disabled}
        actions={[
          { label: t('actions.merge'), onSelect: () => setOpen('merge') },
          // Without outgoing mail (SMTP_URL) there is nothing to offer.
          ...(features.forwardByEmail ? [{ label: t('actions.forward'), onSelect: () => setOpen('forward') }] : []),
          // Last: the items agents reach by keyboard position stay where they were.
          {
            label:
              detail.status === 'resolved'
                ? t('promises.actions.scheduleFollowUp')
                : t('promises.actions.resolveAndFollowUp'),
            onSelect: onFollowUp,
          },
        ]}
      />
      <MergeDialog open={open === 'merge'} detail={detail} onClose={close} />
      <ForwardDialog open={open === 'forward'} conversationId={detail.id} onClose={close} />
    </>
  );
}
