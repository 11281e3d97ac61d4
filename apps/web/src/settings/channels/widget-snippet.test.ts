import { describe, expect, it } from 'vitest';
import { widgetSnippet } from './widget-snippet';

describe('widgetSnippet', () => {
  it('loads the widget from this Sincere with the channel’s key', () => {
    expect(widgetSnippet('https://help.example.com', 'wk_abc-123')).toBe(
      '<script src="https://help.example.com/widget/v1/widget.js" data-key="wk_abc-123" async></script>',
    );
  });

  it('does not double the slash after an origin that ends with one', () => {
    expect(widgetSnippet('http://127.0.0.1:3000/', 'wk_x')).toContain(
      'src="http://127.0.0.1:3000/widget/v1/widget.js"',
    );
  });

  it('keeps a key with quotes from breaking out of its attribute', () => {
    expect(widgetSnippet('https://a.example', 'x" onload="alert(1)')).toContain(
      'data-key="x&quot; onload=&quot;alert(1)"',
    );
  });
});
