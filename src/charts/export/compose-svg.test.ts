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

describe('composeSvg with a drawn chart', () => {
  it('leaves out the on-screen controls (brush, focus ring, drag rectangle) and keeps the marks', () => {
    const ns = 'http://www.w3.org/2000/svg';
    const plot = document.createElementNS(ns, 'svg');
    plot.setAttribute('width', '400');
    plot.setAttribute('height', '200');
    plot.innerHTML =
      '<g class="dm-mark" data-mark=""><circle cx="10" cy="10" r="4" fill="#0072B2"/></g>' +
      '<rect class="dm-brush chart-control" x="0" y="0" width="400" height="200" fill="transparent"/>' +
      '<circle class="chart-control" cx="10" cy="10" r="8" fill="none" stroke="#000"/>' +
      '<g class="recharts-brush"><rect width="10" height="10"/></g>';
    document.body.append(plot);
    const { svg } = composeSvg({
      title: 'T',
      legend: [],
      sourceLine: 'S',
      plot,
      table: { columns: [], rows: [] },
      width: 800,
      colours,
    });
    plot.remove();
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    // Class names are stripped from the export, so count the shapes: the mark's one circle and nothing else.
    const placed = doc.querySelector('svg.export-plot');
    expect(placed).not.toBeNull();
    expect(placed?.querySelectorAll('circle')).toHaveLength(1);
    expect(placed?.querySelector('circle')?.getAttribute('r')).toBe('4');
    expect(placed?.querySelectorAll('rect')).toHaveLength(0);
  });
});
