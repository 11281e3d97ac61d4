import type { Customer } from '@sincere/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignedIn } from '../../session/session-context';
import { useToast } from '../../ui/toast-context';
import { CustomerConversationsList } from './customer-conversations-list';
import { CustomerDataActions } from './customer-data-actions';
import { CustomerDuplicates } from './customer-duplicates';
import { CustomerNotes } from './customer-notes';
import { mayOnCustomer } from './customer-roles';
import { EditProfileDialog } from './edit-profile-dialog';
import { ProfileDetails } from './profile-details';
import { useCustomerProfile } from './use-customer-profile';

interface Props {
  customer: Customer;
  conversationId: string;
}

/**
 * The customer's profile beside a conversation: who they are (identities, local time, company, plan, the
 * account's own fields), duplicates to merge, notes, their other conversations, and their data.
 */
export function ProfileSection({ customer: initial, conversationId }: Props) {
  const { t } = useTranslation();
  const toast = useToast();
  const { role } = useSignedIn().session.user;
  const { customer, definitions, replace } = useCustomerProfile(initial);
  const [editing, setEditing] = useState(false);
  // A merge brings the other customer's notes and conversations, forgetting erases them: those lists load again.
  const [generation, setGeneration] = useState(0);
  const changedWhole = (changed: Customer) => {
    replace(changed);
    setGeneration((count) => count + 1);
  };
  const titleId = useId();
  const forgotten = customer.forgottenAt !== null;
  const canEdit = mayOnCustomer(role, 'edit') && !forgotten && customer.mergedIntoId === null;

  return (
    <section aria-labelledby={titleId}>
      <h3 id={titleId} className="customer-panel__title">
        {forgotten ? t('customerProfile.forgottenName') : <bdi>{customer.name}</bdi>}
      </h3>
      {customer.id !== initial.id ? (
        <p className="notice" role="status">
          {t('customerProfile.followedMerge')}
        </p>
      ) : null}
      {forgotten ? (
        <p className="notice" role="status">
          {t('customerProfile.forgottenNotice')}
        </p>
      ) : (
        <ProfileDetails customer={customer} definitions={definitions} />
      )}
      {canEdit ? (
        <p>
          <button type="button" className="button button--small" onClick={() => setEditing(true)}>
            {t('customerProfile.edit')}
          </button>
        </p>
      ) : null}
      {canEdit ? (
        <EditProfileDialog
          open={editing}
          customer={customer}
          definitions={definitions}
          onSaved={(saved) => {
            replace(saved);
            setEditing(false);
            toast.success(t('customerProfile.saved'));
          }}
          onClose={() => setEditing(false)}
        />
      ) : null}
      {forgotten ? null : <CustomerDuplicates customer={customer} canMerge={canEdit} onMerged={changedWhole} />}
      <CustomerNotes key={`notes-${customer.id}-${generation}`} customerId={customer.id} canWrite={canEdit} />
      <CustomerConversationsList
        key={`conversations-${customer.id}-${generation}`}
        customerId={customer.id}
        currentId={conversationId}
      />
      <CustomerDataActions
        customer={customer}
        canExport={mayOnCustomer(role, 'export')}
        canForget={mayOnCustomer(role, 'forget')}
        onForgotten={changedWhole}
      />
    </section>
  );
}
