import type { CSSProperties, ReactNode } from 'react';
import { formatValue, type ValueFormat } from './chart-parts';
import './charts.css';

export interface HeatmapRow {
  key: string;
  label: ReactNode;
  /** One value per column; null where there is none (shown as a dash, never as a 0). */
  values: readonly (number | null)[];
}

interface HeatmapTableProps {
  texts: { title: string; rowHeader: string; empty: string };
  columns: readonly { key: string; label: string }[];
  rows: readonly HeatmapRow[];
  min?: number;
  max?: number;
  format: ValueFormat;
}

/**
 * Rows × columns of numbers people compare (categories by week, cohorts by month): a real table, so a screen
 * reader and the keyboard get every number, with each cell shaded by its value so the eye finds the weak spots.
 */
export function HeatmapTable({ texts, columns, rows, min = 0, max = 100, format }: HeatmapTableProps) {
  if (rows.length === 0 || columns.length === 0) {
    return (
      <figure className="chart">
        <figcaption className="chart__title">{texts.title}</figcaption>
        <p className="chart__empty">{texts.empty}</p>
      </figure>
    );
  }
  const share = (value: number) => Math.min(1, Math.max(0, (value - min) / (max - min || 1)));
  return (
    <figure className="chart heatmap">
      <figcaption className="chart__title">{texts.title}</figcaption>
      <div className="heatmap__scroll">
        <table className="heatmap__table">
          <thead>
            <tr>
              <th scope="col">{texts.rowHeader}</th>
              {columns.map((column) => (
                <th key={column.key} scope="col">
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                {row.values.map((value, index) => (
                  <td
                    key={columns[index]?.key ?? index}
                    className={value === null ? 'heatmap__cell heatmap__cell--empty' : 'heatmap__cell'}
                    // Low values are the strong colour: the cells to look at first.
                    style={value === null ? undefined : ({ '--heat': String(1 - share(value)) } as CSSProperties)}
                  >
                    {formatValue(value, format)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
