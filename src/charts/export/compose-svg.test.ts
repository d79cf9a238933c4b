import { describe, expect, it } from 'vitest';
import { composeSvg, escapeXml, wrapText } from './compose-svg';

const colours = { background: '#fff', text: '#111', muted: '#555', border: '#ddd' };

describe('composeSvg', () => {
  it('draws title, legend, the table when there is no chart, and the source line', () => {
    const { svg } = composeSvg({
      title: 'Who went <script>alert(1)</script>',
      subtitle: 'Oct 2017',
      legend: [
        { label: 'Men', colour: '#0072B2', derived: true },
        { label: 'Women', colour: '#D55E00' },
      ],
      sourceLine: 'Morocco World News, What the Fall of ISIS means for North Africa',
      plot: null,
      table: { columns: [{ key: 'g', label: 'Group' }, { key: 'n', label: 'Count', numeric: true }], rows: [{ g: 'Men', n: 1001 }] },
      width: 800,
      colours,
    });
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelector('script')).toBeNull();
    const texts = Array.from(doc.querySelectorAll('text')).map((t) => t.textContent).join(' | ');
    expect(texts).toContain('Who went <script>alert(1)</script>');
    expect(texts).toContain('Men (derived)');
    expect(texts).toContain('Women');
    expect(texts).toContain('1,001');
    expect(texts).toContain('Source: Morocco World News');
  });

  it('uses the requested size for a slide', () => {
    const { svg, width, height } = composeSvg({
      title: 'T',
      legend: [],
      sourceLine: 'S',
      plot: null,
      table: { columns: [], rows: [] },
      width: 1920,
      height: 1080,
      fontScale: 2.4,
      colours,
    });
    expect([width, height]).toEqual([1920, 1080]);
    expect(svg).toContain('viewBox="0 0 1920 1080"');
  });
});

describe('text helpers', () => {
  it('escapes markup', () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
  });
  it('wraps words to a width', () => {
    const lines = wrapText('one two three four five six', 10, 60);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('one two three four five six');
  });
});
