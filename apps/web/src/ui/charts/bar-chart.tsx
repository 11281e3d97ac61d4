import type { ReactNode } from 'react';
import { linearScale, round, shorten, ticks } from './chart-scale';
import {
  ChartLegend,
  ChartNumbers,
  MISSING,
  formatValue,
  seriesClass,
  type ChartSeries,
  type ChartTexts,
  type NumbersDisplay,
  type ValueFormat,
} from './chart-parts';
import { useChartWidth } from './use-chart-width';
import './charts.css';

export interface BarRow {
  key: string;
  label: string;
  /** The row's name in the table when it should be more than text (a link to the agent's coaching). */
  header?: ReactNode;
  /** One value per series; null where there is none. */
  values: readonly (number | null)[];
}

interface BarChartProps {
  texts: ChartTexts;
  series: readonly ChartSeries[];
  rows: readonly BarRow[];
  min?: number;
  max?: number;
  step?: number;
  /** A line people measure against (κ 0.6, "substantial agreement"), labelled at the top. */
  reference?: { value: number; label: string };
  format?: ValueFormat;
  numbers?: NumbersDisplay;
}

const VALUE_WIDTH = 56;
/** Room above the bars for the axis numbers, and for the reference line's label above them. */
const AXIS_TOP = 24;
const REFERENCE_TOP = 40;
const BAR = 12;
const BAR_GAP = 3;
const ROW_GAP = 12;
/** The label column: a share of the width, within bounds; about 7 px a character at the chart's text size. */
const labelWidth = (width: number) => Math.round(Math.min(200, Math.max(110, width * 0.3)));
const CHAR_PX = 7;

/** Horizontal bars, one group per row (an agent, a category), each series a bar; numbers in a table too. */
export function BarChart(props: BarChartProps) {
  const { texts, series, rows, min = 0, max = 100, step = 25, reference, format = String, numbers = 'closed' } = props;
  const { ref, width } = useChartWidth<HTMLElement>();
  const labelColumn = labelWidth(width);
  if (rows.length === 0) {
    return (
      <figure className="chart" ref={ref}>
        <figcaption className="chart__title">{texts.title}</figcaption>
        <p className="muted chart__empty">{texts.empty}</p>
      </figure>
    );
  }

  const barsTop = reference ? REFERENCE_TOP : AXIS_TOP;
  const x = linearScale([min, max], [labelColumn, width - VALUE_WIDTH]);
  const baseline = x(Math.min(Math.max(0, min), max));
  const groupHeight = series.length * BAR + (series.length - 1) * BAR_GAP;
  const rowHeight = groupHeight + ROW_GAP;
  const height = barsTop + rows.length * rowHeight;

  return (
    <figure className="chart" ref={ref}>
      <figcaption className="chart__title">{texts.title}</figcaption>
      <ChartLegend series={series} />
      <svg className="chart__svg" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={texts.title}>
        {ticks(min, max, step).map((tick) => (
          <g key={tick} className="chart__grid">
            <line x1={x(tick)} x2={x(tick)} y1={barsTop - 4} y2={height} />
            <text x={x(tick)} y={barsTop - 10} textAnchor="middle">
              {format(tick)}
            </text>
          </g>
        ))}
        {rows.map((row, rowIndex) => {
          const top = barsTop + rowIndex * rowHeight + ROW_GAP / 2;
          return (
            <g key={row.key}>
              <text
                className="chart__row-label"
                x={labelColumn - 8}
                y={top + groupHeight / 2}
                textAnchor="end"
                dominantBaseline="middle"
              >
                <title>{row.label}</title>
                {shorten(row.label, Math.floor((labelColumn - 8) / CHAR_PX))}
              </text>
              {series.map((item, seriesIndex) => {
                const value = row.values[seriesIndex] ?? null;
                const barTop = top + seriesIndex * (BAR + BAR_GAP);
                const end = value === null ? baseline : x(value);
                return (
                  <g key={item.name} className={seriesClass(seriesIndex)}>
                    {value === null ? null : (
                      <rect
                        className="chart__bar"
                        x={Math.min(baseline, end)}
                        y={barTop}
                        width={Math.max(round(Math.abs(end - baseline)), 1)}
                        height={BAR}
                      />
                    )}
                    <text
                      className="chart__value"
                      x={width - VALUE_WIDTH + 8}
                      y={barTop + BAR / 2}
                      dominantBaseline="middle"
                    >
                      {value === null ? MISSING : format(value)}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
        {reference ? (
          <g className="chart__reference">
            <line x1={x(reference.value)} x2={x(reference.value)} y1={barsTop - 4} y2={height} />
            <text x={x(reference.value)} y={12} textAnchor="middle">
              {reference.label}
            </text>
          </g>
        ) : null}
      </svg>
      <ChartNumbers
        texts={texts}
        display={numbers}
        columns={series.map((item) => item.name)}
        rows={rows.map((row) => ({
          key: row.key,
          header: row.header ?? <bdi>{row.label}</bdi>,
          cells: series.map((_, index) => formatValue(row.values[index] ?? null, format)),
        }))}
      />
    </figure>
  );
}
