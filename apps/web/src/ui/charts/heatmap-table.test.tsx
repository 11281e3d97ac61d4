import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { HeatmapTable } from './heatmap-table';

const texts = { title: 'Categories week by week', rowHeader: 'Category', empty: 'No ratings yet' };
const heats = (html: string) => [...html.matchAll(/--heat:([\d.]+)/g)].map((match) => Number(match[1]));

describe('the heatmap table', () => {
  it('gives every number in a real table and shades the low ones strongest', () => {
    const html = renderToStaticMarkup(
      <HeatmapTable
        texts={texts}
        columns={[
          { key: 'w1', label: '2 Mar' },
          { key: 'w2', label: '9 Mar' },
        ]}
        rows={[{ key: 'closing', label: 'Closing', values: [25, 100] }]}
        format={String}
      />,
    );
    expect(html).toContain('<th scope="row">Closing</th>');
    expect(html).toContain('>25</td>');
    expect(heats(html)).toEqual([0.75, 0]);
  });

  it('shows a dash for a week without ratings, never a zero', () => {
    const html = renderToStaticMarkup(
      <HeatmapTable
        texts={texts}
        columns={[{ key: 'w1', label: '2 Mar' }]}
        rows={[{ key: 'closing', label: 'Closing', values: [null] }]}
        format={String}
      />,
    );
    expect(html).toContain('heatmap__cell--empty">—</td>');
    expect(heats(html)).toEqual([]);
  });

  it('says so when there is nothing to show', () => {
    const html = renderToStaticMarkup(<HeatmapTable texts={texts} columns={[]} rows={[]} format={String} />);
    expect(html).toContain('No ratings yet');
  });
});
