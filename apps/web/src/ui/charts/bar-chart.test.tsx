import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BarChart } from './bar-chart';

const texts = { title: 'By agent', rowHeader: 'Agent', numbers: 'Numbers', empty: 'Nobody reviewed yet' };
const widths = (html: string) =>
  [...html.matchAll(/class="chart__bar"[^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));

describe('the bar chart', () => {
  it('draws bars in proportion to the scores and names the picture', () => {
    const html = renderToStaticMarkup(
      <BarChart
        texts={texts}
        series={[{ name: 'IQS' }]}
        rows={[
          { key: 'a', label: 'Anna', values: [100] },
          { key: 'b', label: 'Boris', values: [50] },
        ]}
      />,
    );
    expect(html).toContain('role="img" aria-label="By agent"');
    const [full, half] = widths(html);
    expect(full).toBeGreaterThan(0);
    expect(half).toBeCloseTo((full ?? 0) / 2);
  });

  it('shows a dash and no bar for a missing score, never a zero', () => {
    const html = renderToStaticMarkup(
      <BarChart
        texts={texts}
        series={[{ name: 'IQS' }, { name: 'Automatic' }]}
        rows={[{ key: 'a', label: 'Anna', values: [null, 64] }]}
      />,
    );
    expect(widths(html)).toHaveLength(1);
    expect(html).toContain('<td class="chart__number">—</td><td class="chart__number">64</td>');
  });

  it('puts the table header a caller gives (a link) in place of the plain name', () => {
    const html = renderToStaticMarkup(
      <BarChart
        texts={texts}
        numbers="open"
        series={[{ name: 'IQS' }]}
        rows={[{ key: 'a', label: 'Anna', header: <a href="/quality/coaching/a">Anna</a>, values: [90] }]}
      />,
    );
    expect(html).toContain('<details class="chart__numbers" open="">');
    expect(html).toContain('<th scope="row"><a href="/quality/coaching/a">Anna</a></th>');
  });

  it('draws negative κ to the left of zero and marks the reference line', () => {
    const html = renderToStaticMarkup(
      <BarChart
        texts={texts}
        series={[{ name: 'κ' }]}
        min={-1}
        max={1}
        step={0.5}
        reference={{ value: 0.6, label: 'κ 0.6' }}
        rows={[
          { key: 'tone', label: 'Tone', values: [-0.5] },
          { key: 'greeting', label: 'Greeting', values: [0.5] },
        ]}
      />,
    );
    const xs = [...html.matchAll(/class="chart__bar" x="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(xs[0]).toBeLessThan(xs[1] ?? 0);
    expect(html).toContain('κ 0.6');
  });

  it('says so when there is nothing to compare', () => {
    expect(renderToStaticMarkup(<BarChart texts={texts} series={[{ name: 'IQS' }]} rows={[]} />)).toContain(
      'Nobody reviewed yet',
    );
  });
});
