import { MAX_BLOCKS_PER_DAY, type Weekday } from '@sincere/contracts';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newBlock, nextBlock, runsPastMidnight, splitForBreak, type BlockDraft } from './business-hours-form';

interface WeekdayBlocksProps {
  day: Weekday;
  nextDay: Weekday;
  blocks: readonly BlockDraft[];
  errors: Record<string, string>;
  editable: boolean;
  onChange: (blocks: BlockDraft[]) => void;
  /** Gives the next day copies of these blocks. */
  onCopyToNext: (blocks: BlockDraft[]) => void;
}

/** One weekday's open blocks. A block may end after midnight: it then runs into the next day. */
export function WeekdayBlocks(props: WeekdayBlocksProps) {
  const { day, nextDay, blocks, errors, editable, onChange, onCopyToNext } = props;
  const { t } = useTranslation();
  const dayName = t(`businessHours.days.${day}`);
  const set = (index: number, update: Partial<BlockDraft>) =>
    onChange(blocks.map((block, i) => (i === index ? { ...block, ...update } : block)));
  const path = (index: number) => `businessHours.weekly.${day}.${index}`;

  return (
    <fieldset className="weekday" data-testid={`weekday-${day}`}>
      <legend className="weekday__name">{dayName}</legend>
      <div className="weekday__blocks">
        {blocks.length === 0 ? <p className="muted weekday__closed">{t('businessHours.closed')}</p> : null}
        {blocks.map((block, index) => {
          const number = index + 1;
          const error = errors[`${path(index)}.start`] ?? errors[`${path(index)}.end`] ?? errors[path(index)];
          const errorId = `${block.id}-error`;
          const time = (part: 'start' | 'end') => ({
            type: 'time',
            className: 'input input--time',
            required: true,
            value: block[part],
            'aria-invalid':
              errors[`${path(index)}.${part}`] || (part === 'start' && errors[path(index)]) ? true : undefined,
            'aria-describedby': error ? errorId : undefined,
            onChange: (event: ChangeEvent<HTMLInputElement>) => set(index, { [part]: event.target.value }),
          });
          const split = splitForBreak(block);
          return (
            <div key={block.id} className="weekday__block">
              <input {...time('start')} aria-label={t('businessHours.opens', { day: dayName, number })} />
              <span aria-hidden="true">–</span>
              <input {...time('end')} aria-label={t('businessHours.closes', { day: dayName, number })} />
              {runsPastMidnight(block) ? (
                <span className="badge badge--night">
                  {t('businessHours.nextDay', { day: t(`businessHours.days.${nextDay}`) })}
                </span>
              ) : null}
              {editable ? (
                <span className="weekday__block-actions">
                  {split && blocks.length < MAX_BLOCKS_PER_DAY ? (
                    <button
                      type="button"
                      className="button button--small button--quiet"
                      aria-label={t('businessHours.addBreakTo', { day: dayName, number })}
                      onClick={() => onChange(blocks.flatMap((other, i) => (i === index ? split : [other])))}
                    >
                      {t('businessHours.addBreak')}
                    </button>
                  ) : null}
                  <button
                    type="button"
                    className="button button--small button--danger-quiet"
                    aria-label={t('businessHours.removeBlock', { day: dayName, number })}
                    onClick={() => onChange(blocks.filter((_, i) => i !== index))}
                  >
                    {t('businessHours.remove')}
                  </button>
                </span>
              ) : null}
              {error ? (
                <p id={errorId} className="field__error weekday__error">
                  {error}
                </p>
              ) : null}
            </div>
          );
        })}
      </div>
      {editable ? (
        <div className="weekday__actions">
          {blocks.length < MAX_BLOCKS_PER_DAY ? (
            <button
              type="button"
              className="button button--small"
              aria-label={t('businessHours.addHoursTo', { day: dayName })}
              onClick={() => onChange([...blocks, nextBlock(blocks)])}
            >
              {t('businessHours.addHours')}
            </button>
          ) : null}
          <button
            type="button"
            className="button button--small button--quiet"
            aria-label={t('businessHours.copyToNextDay', { day: dayName, next: t(`businessHours.days.${nextDay}`) })}
            onClick={() => onCopyToNext(blocks.map((block) => newBlock(block.start, block.end)))}
          >
            {t('businessHours.copyToNext')}
          </button>
        </div>
      ) : null}
    </fieldset>
  );
}
