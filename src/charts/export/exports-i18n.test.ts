// Exports made on a French or Arabic page: their words, their addresses and (in
// Arabic) their direction follow the page; the chart inside stays left to right.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { activateLocale } from '../../i18n/i18n';
import { composeSvg } from './compose-svg';
import { buildPptx, type PptxSlide } from './pptx';
import { embedSnippet, embedUrl } from './share-links';

const colours = { background: '#fff', text: '#111', muted: '#555', border: '#ddd' };
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';

function parse(xml: string, type: DOMParserSupportedType = 'application/xml'): Document {
  const doc = new DOMParser().parseFromString(xml, type);
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

describe('an SVG export in Arabic', () => {
  it('draws the Arabic title, legend and source line from the right, the chart left to right', async () => {
    await activateLocale('ar', null);
    const plot = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    plot.setAttribute('width', '400');
    plot.setAttribute('height', '200');
    plot.innerHTML = '<text x="10" y="20" text-anchor="end">2014</text>';
    const { svg } = composeSvg({
      title: 'من غادر: رجال ونساء وأطفال',
      legend: [{ label: 'رجال', colour: '#0072B2', derived: true }],
      sourceLine: 'هسبريس',
      plot,
      table: { columns: [], rows: [] },
      width: 800,
      colours,
    });
    const doc = parse(svg, 'image/svg+xml');
    const root = doc.documentElement;
    expect(root.getAttribute('direction')).toBe('rtl');
    expect(root.getAttribute('xml:lang')).toBe('ar');
    expect(doc.querySelector('title')?.textContent).toBe('من غادر: رجال ونساء وأطفال');
    const texts = Array.from(root.querySelectorAll(':scope > text'));
    const title = texts.find((t) => t.textContent === 'من غادر: رجال ونساء وأطفال');
    // Anchored at the right margin (24 px in from the 800 px edge).
    expect(title?.getAttribute('x')).toBe('776');
    expect(texts.map((t) => t.textContent)).toEqual(expect.arrayContaining(['رجال (مشتق)', 'المصدر: هسبريس']));
    const chart = root.querySelector(':scope > svg.export-plot');
    expect(chart?.getAttribute('direction')).toBe('ltr');
  });

  it('mirrors an exported table, first column on the right', async () => {
    await activateLocale('ar', null);
    const { svg } = composeSvg({
      title: 'جدول',
      legend: [],
      sourceLine: 'S',
      plot: null,
      table: { columns: [{ key: 'g', label: 'الفئة' }, { key: 'n', label: 'العدد', numeric: true }], rows: [{ g: 'رجال', n: 1001 }] },
      width: 800,
      colours,
    });
    const doc = parse(svg, 'image/svg+xml');
    const cell = (text: string) => Array.from(doc.querySelectorAll('text')).find((t) => t.textContent === text);
    expect(Number(cell('الفئة')?.getAttribute('x'))).toBeGreaterThan(Number(cell('العدد')?.getAttribute('x')));
    expect(cell('1.001')).toBeDefined();
  });
});

describe('a PowerPoint slide in Arabic', () => {
  it('writes the Arabic title right to left, marked ar-MA, with Arabic speaker notes', async () => {
    await activateLocale('ar', null);
    const slide: PptxSlide = {
      chartId: 'fighters-composition',
      title: 'من غادر: رجال ونساء وأطفال',
      sourceLine: 'المصدر: هسبريس',
      footer: 'لوحة بيانات المغرب وداعش، إصدار البيانات test-1. https://example.org/ar/fighters',
      citations: [{ id: 's1', publisher: 'هسبريس', title: 'تقرير', date: null, url: 'https://example.org/a' }],
      summary: 'ملخص.',
      chart: { type: 'bar', categories: ['رجال', 'نساء'], series: [{ name: 'العدد', colour: '#0072B2', values: [1000, 285] }] },
    };
    const blob = await buildPptx([slide], 'عرض');
    const zip = await JSZip.loadAsync(await blob.arrayBuffer());
    const slideXml = await zip.file('ppt/slides/slide1.xml')!.async('string');
    const doc = parse(slideXml);
    const paragraphs = Array.from(doc.getElementsByTagNameNS(A, 'p'));
    const title = paragraphs.find((p) => p.textContent === 'من غادر: رجال ونساء وأطفال');
    expect(title).toBeDefined();
    const pPr = title!.getElementsByTagNameNS(A, 'pPr')[0];
    expect(pPr?.getAttribute('rtl')).toBe('1');
    expect(pPr?.getAttribute('algn')).toBe('r');
    expect(title!.getElementsByTagNameNS(A, 'rPr')[0]?.getAttribute('lang')).toBe('ar-MA');

    const notes = parse(await zip.file('ppt/notesSlides/notesSlide1.xml')!.async('string'));
    const notesText = notes.getElementsByTagNameNS(A, 't')[0]?.textContent ?? '';
    expect(notesText.split('\n')).toEqual(['ملخص.', '', 'المصادر:', 'هسبريس، تقرير، https://example.org/a']);
    expect(notes.getElementsByTagNameNS(A, 'rPr')[0]?.getAttribute('lang')).toBe('ar-MA');

    const core = parse(await zip.file('docProps/core.xml')!.async('string'));
    expect(core.getElementsByTagNameNS('http://purl.org/dc/elements/1.1/', 'creator')[0]?.textContent).toBe('لوحة بيانات المغرب وداعش');
    expect(await zip.file('ppt/presentation.xml')!.async('string')).toContain('rtl="1"');
  });
});

describe('embed code on a French page', () => {
  it('points to the French embed', async () => {
    await activateLocale('fr', null);
    expect(embedUrl('https://x.org', 'timeline-events', '?from=2016-01')).toBe('https://x.org/fr/embed/timeline-events?from=2016-01');
    expect(embedSnippet('https://x.org', 'fighters-outcomes', '', 'Ce qu’ils sont devenus', 'slide')).toContain(
      'src="https://x.org/fr/embed/fighters-outcomes?mode=compact" title="Ce qu’ils sont devenus"',
    );
  });
});
