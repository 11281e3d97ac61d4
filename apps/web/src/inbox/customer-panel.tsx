import type { Customer } from '@sincere/contracts';
import { useTranslation } from 'react-i18next';
import { ConnectorCards } from './customer/connector-cards';
import { MemorySection } from './customer/memory-section';
import { ProfileSection } from './customer/profile-section';
import { PromisesSection } from './promises/promises-section';

/**
 * What was promised in this conversation, who the customer is, what the team knows about them, and live data
 * from the company's own systems.
 */
export function CustomerPanel({ customer, conversationId }: { customer: Customer; conversationId: string }) {
  const { t } = useTranslation();
  return (
    <aside className="customer-panel" aria-label={t('customer.panel')}>
      <PromisesSection conversationId={conversationId} customerTimeZone={customer.timeZone} />
      <ProfileSection customer={customer} conversationId={conversationId} />
      <MemorySection customerId={customer.id} conversationId={conversationId} />
      <ConnectorCards customerId={customer.id} conversationId={conversationId} />
    </aside>
  );
}
