import type { ReactNode } from 'react';

/** What every chart needs to say in words; the charts hold no texts of their own, so any feature can use them. */
export interface ChartTexts {
  /** The chart's title: its caption and what a screen reader announces for the picture. */
  title: string;
  /** Header of the table's first column ("Week", "Agent"). */
  rowHeader: string;
  /** The disclosure that holds the numbers ("Numbers"). */
  numbers: string;
  /** Shown instead of the chart when there is nothing to draw. */
  empty: string;
}

export interface ChartSeries {
  name: string;
}

/** A value as the chart prints it; a missing one is a dash, never a 0 that would read as a real score. */
export type ValueFormat = (value: number) => string;
export const MISSING = '—';
export const formatValue = (value: number | null, format: ValueFormat) => (value === null ? MISSING : format(value));

/** Series colours come from the stylesheet (they follow dark mode); two are distinct in shape as well. */
export const seriesClass = (index: number) => `chart__series chart__series--${index % 2}`;

export function ChartLegend({ series }: { series: readonly ChartSeries[] }) {
  if (series.length < 2) return null;
  // The table says the same with headers; the legend is for eyes only.
  return (
    <ul className="chart__legend" aria-hidden="true">
      {series.map((item, index) => (
        <li key={item.name}>
          <span className={`chart__swatch ${seriesClass(index)}`} />
          {item.name}
        </li>
      ))}
    </ul>
  );
}

export interface NumbersRow {
  key: string;
  /** The row's name; may be a link (an agent's coaching), which the picture itself cannot hold. */
  header: ReactNode;
  cells: readonly string[];
}

/**
 * How a chart shows its numbers: in a closed disclosure when the table only repeats the picture, open when it
 * carries links people need, or not at all when the page shows them in a fuller table of its own.
 */
export type NumbersDisplay = 'closed' | 'open' | 'elsewhere';

interface ChartNumbersProps {
  texts: ChartTexts;
  columns: readonly string[];
  rows: readonly NumbersRow[];
  display: NumbersDisplay;
}

/** The chart's numbers as a table: exact values for everyone, and the whole chart for screen readers. */
export function ChartNumbers({ texts, columns, rows, display }: ChartNumbersProps) {
  if (display === 'elsewhere') return null;
  return (
    <details className="chart__numbers" open={display === 'open'}>
      <summary>{texts.numbers}</summary>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{texts.title}</caption>
          <thead>
            <tr>
              <th scope="col">{texts.rowHeader}</th>
              {columns.map((column) => (
                <th key={column} scope="col" className="chart__number">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.header}</th>
                {row.cells.map((cell, index) => (
                  <td key={columns[index] ?? index} className="chart__number">
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
