import type { Evidence } from '@sincere/contracts';
import { useTranslation } from 'react-i18next';
import enTexts from '../i18n/features/quality.en.json';

type RuleKey = keyof typeof enTexts.quality.rules;

function isRuleKey(key: string): key is RuleKey {
  return Object.hasOwn(enTexts.quality.rules, key);
}

/** A rule id ("greeting.with_name") as a sentence in the UI language; a rule added later reads as its id. */
export function useRuleText(): (rule: string) => string {
  const { t } = useTranslation();
  return (rule) => {
    const key = rule.replace(/\./g, '_');
    return isRuleKey(key) ? t(`quality.rules.${key}`) : t('quality.unknownRule', { rule });
  };
}

interface EvidenceListProps {
  evidence: readonly Evidence[];
  /** Offered for quotes of a message shown on the same page. */
  onShowMessage?: ((messageId: string) => void) | undefined;
}

/** Why the automatic scorer rated as it did: one sentence per rule, with the agent's or customer's words. */
export function EvidenceList({ evidence, onShowMessage }: EvidenceListProps) {
  const { t } = useTranslation();
  const ruleText = useRuleText();
  if (evidence.length === 0) return null;
  return (
    <ul className="plain-list quality-evidence">
      {evidence.map((item, index) => (
        <li key={`${item.rule}-${index}`} className="quality-evidence__item" data-rule={item.rule}>
          <span>
            {ruleText(item.rule)}
            {item.quote ? ':' : null}
          </span>
          {item.quote ? (
            <q className="quality-evidence__quote" dir="auto">
              {item.quote}
            </q>
          ) : null}
          {item.messageId && onShowMessage ? (
            <button
              type="button"
              className="button button--quiet button--small"
              onClick={() => onShowMessage(item.messageId ?? '')}
            >
              {t('quality.scoring.showInConversation')}
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
