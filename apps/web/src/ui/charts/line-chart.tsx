import { linePath, linearScale, ticks, visibleLabelIndexes, type Point } from './chart-scale';
import {
  ChartLegend,
  ChartNumbers,
  formatValue,
  seriesClass,
  type ChartSeries,
  type ChartTexts,
  type NumbersDisplay,
  type ValueFormat,
} from './chart-parts';
import { useChartWidth } from './use-chart-width';
import './charts.css';

export interface LineSeries extends ChartSeries {
  /** One value per label; null where there is none (a week without reviews). */
  values: readonly (number | null)[];
}

interface LineChartProps {
  texts: ChartTexts;
  /** The x axis, oldest first: one label per point ("3 Mar"). */
  labels: readonly string[];
  series: readonly LineSeries[];
  min?: number;
  max?: number;
  step?: number;
  format?: ValueFormat;
  numbers?: NumbersDisplay;
}

const HEIGHT = 240;
const PAD = { left: 40, right: 16, top: 12, bottom: 28 };
/** Room each x label needs, so they do not run into each other. */
const LABEL_PX = 72;

/** A trend over time, such as the weekly IQS beside the automatic score: lines in SVG plus a table of the numbers. */
export function LineChart(props: LineChartProps) {
  const { texts, labels, series, min = 0, max = 100, step = 25, format = String, numbers = 'closed' } = props;
  const { ref, width } = useChartWidth<HTMLElement>();
  const drawable = series.some((item) => item.values.some((value) => value !== null));
  if (labels.length === 0 || !drawable) {
    return (
      <figure className="chart" ref={ref}>
        <figcaption className="chart__title">{texts.title}</figcaption>
        <p className="muted chart__empty">{texts.empty}</p>
      </figure>
    );
  }

  const x = (index: number) =>
    labels.length === 1
      ? (PAD.left + width - PAD.right) / 2
      : linearScale([0, labels.length - 1], [PAD.left, width - PAD.right])(index);
  const y = linearScale([min, max], [HEIGHT - PAD.bottom, PAD.top]);
  const shownLabels = visibleLabelIndexes(labels.length, Math.floor((width - PAD.left - PAD.right) / LABEL_PX));
  const pointsOf = (values: readonly (number | null)[]): (Point | null)[] =>
    labels.map((_, index) => {
      const value = values[index] ?? null;
      return value === null ? null : { x: x(index), y: y(value) };
    });

  return (
    <figure className="chart" ref={ref}>
      <figcaption className="chart__title">{texts.title}</figcaption>
      <ChartLegend series={series} />
      <svg className="chart__svg" viewBox={`0 0 ${width} ${HEIGHT}`} role="img" aria-label={texts.title}>
        {ticks(min, max, step).map((tick) => (
          <g key={tick} className="chart__grid">
            <line x1={PAD.left} x2={width - PAD.right} y1={y(tick)} y2={y(tick)} />
            <text x={PAD.left - 6} y={y(tick)} textAnchor="end" dominantBaseline="middle">
              {format(tick)}
            </text>
          </g>
        ))}
        {labels.map((label, index) =>
          shownLabels.has(index) ? (
            <text key={index} className="chart__axis-label" x={x(index)} y={HEIGHT - 8} textAnchor="middle">
              {label}
            </text>
          ) : null,
        )}
        {series.map((item, seriesIndex) => {
          const points = pointsOf(item.values);
          return (
            <g key={item.name} className={seriesClass(seriesIndex)}>
              <path className="chart__line" d={linePath(points)} fill="none" />
              {points.map((point, index) =>
                point === null ? null : seriesIndex % 2 === 0 ? (
                  <circle key={index} className="chart__marker" cx={point.x} cy={point.y} r={3.5} />
                ) : (
                  <rect key={index} className="chart__marker" x={point.x - 3} y={point.y - 3} width={6} height={6} />
                ),
              )}
            </g>
          );
        })}
      </svg>
      <ChartNumbers
        texts={texts}
        display={numbers}
        columns={series.map((item) => item.name)}
        rows={labels.map((label, index) => ({
          key: `${index}`,
          header: label,
          cells: series.map((item) => formatValue(item.values[index] ?? null, format)),
        }))}
      />
    </figure>
  );
}
