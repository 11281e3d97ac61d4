import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LineChart } from './line-chart';

const texts = { title: 'Weekly trend', rowHeader: 'Week', numbers: 'Numbers', empty: 'No reviews yet' };

describe('the line chart', () => {
  it('is one picture with a name for screen readers, and the same numbers in a table', () => {
    const html = renderToStaticMarkup(
      <LineChart
        texts={texts}
        labels={['3 Mar', '10 Mar', '17 Mar']}
        series={[
          { name: 'IQS', values: [72.4, null, 80] },
          { name: 'Automatic', values: [65, 70, 75] },
        ]}
        format={(value) => value.toFixed(0)}
      />,
    );
    expect(html).toContain('role="img" aria-label="Weekly trend"');
    expect(html).toContain('<th scope="col" class="chart__number">IQS</th>');
    expect(html).toContain(
      '<th scope="row">10 Mar</th><td class="chart__number">—</td><td class="chart__number">70</td>',
    );
    expect(html).toContain('<td class="chart__number">72</td>');
  });

  it('breaks the IQS line at the week without reviews', () => {
    const html = renderToStaticMarkup(
      <LineChart texts={texts} labels={['a', 'b', 'c']} series={[{ name: 'IQS', values: [50, null, 100] }]} />,
    );
    const path = /class="chart__line" d="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(path.match(/M/g)).toHaveLength(2);
    expect(path).not.toContain('L');
  });

  it('says there is nothing to draw instead of drawing empty axes', () => {
    const html = renderToStaticMarkup(
      <LineChart texts={texts} labels={['a', 'b']} series={[{ name: 'IQS', values: [null, null] }]} />,
    );
    expect(html).toContain('No reviews yet');
    expect(html).not.toContain('<svg');
  });
});
