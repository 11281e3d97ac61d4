import { SCALE_POINTS, type ScorecardCategory, type UiLocale } from '@sincere/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { parsePointDescriptions } from './point-descriptions';
import type { DraftValue } from './score-preview';

interface PointChoicesProps {
  category: ScorecardCategory;
  locale: UiLocale;
  value: DraftValue;
  onChange: (value: Exclude<DraftValue, null>) => void;
}

/**
 * A radio per point of the category's scale, labelled "0", "1"… with what the point means when the description
 * is written "0: … 1: …", and N/A where the category allows it. Native radios: arrow keys move between them.
 */
export function PointChoices({ category, locale, value, onChange }: PointChoicesProps) {
  const { t } = useTranslation();
  const name = useId();
  const points = SCALE_POINTS[category.scale];
  const described = parsePointDescriptions(category.description[locale], points);
  const options: { value: Exclude<DraftValue, null>; label: string; hint: string | null }[] = [
    ...Array.from({ length: points }, (_, point) => ({
      value: point,
      label: String(point),
      hint: described.points[point] ?? null,
    })),
    ...(category.allowNa ? [{ value: 'na' as const, label: t('quality.na'), hint: described.na }] : []),
  ];
  return (
    <div className="quality-points">
      {options.map((option) => (
        <label key={String(option.value)} className="choice quality-point">
          <input
            type="radio"
            name={name}
            value={String(option.value)}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          <span>
            <span className="choice__label">{option.label}</span>
            {option.hint ? <span className="field__hint choice__hint">{option.hint}</span> : null}
          </span>
        </label>
      ))}
    </div>
  );
}
