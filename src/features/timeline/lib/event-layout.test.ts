import { describe, expect, it } from 'vitest';
import type { CellEvent, ContextEvent } from '../../../data/schema';
import { labelWidth, layoutContext, layoutEvents, markRadius, timeScale, timeTicks } from './event-layout';
import { monthIndex } from './periods';
import { eventsInDomain, overlaps, timeSpanOf } from './time-span';

const event = (id: string, date: string, arrested: number | null = 5, approximate = false): CellEvent => ({
  id,
  date,
  approximate,
  places: [{ city: 'Fez', region: 'Fès-Meknès', country: 'Morocco' }],
  arrested,
  laterArrests: null,
  affiliation: 'isis',
  agencies: ['BCIJ'],
  partners: [],
  details: 'x',
  sources: ['s'],
});

const context = (id: string, date: string, title: string): ContextEvent => ({
  id,
  date,
  approximate: false,
  title,
  description: 'x',
  category: 'law-institution',
  sources: ['s'],
});

const domain = { start: monthIndex(2014, 1), end: monthIndex(2020, 12) };

describe('timeSpanOf', () => {
  it('puts a day inside its month, and spans a month or a year whole, never a guessed day', () => {
    const day = timeSpanOf('2016-03-15');
    expect(day?.shape).toBe('point');
    expect(day?.start).toBeGreaterThan(monthIndex(2016, 3));
    expect(day?.start).toBeLessThan(monthIndex(2016, 3) + 1);
    expect(timeSpanOf('2016-03')).toEqual({ start: monthIndex(2016, 3), end: monthIndex(2016, 3) + 1, shape: 'month' });
    expect(timeSpanOf('2016')).toEqual({ start: monthIndex(2016, 1), end: monthIndex(2016, 1) + 12, shape: 'year' });
    expect(timeSpanOf('2016-13')).toBeNull();
  });

  it('counts an event in a range when any of its date lies there, and orders them by date', () => {
    const range = { start: monthIndex(2016, 3), end: monthIndex(2016, 8) };
    expect(overlaps('2016', range)).toBe(true);
    expect(overlaps('2016-09-01', range)).toBe(false);
    expect(overlaps('2016-02', range)).toBe(false);
    const list = [event('b', '2016-05'), event('a', '2016-04-02'), event('c', '2017')].map((e) => ({ event: e }));
    expect(eventsInDomain(list, range).map((e) => e.event.id)).toEqual(['a', 'b']);
  });
});

/** Two marks' boxes meet (bottom-up lifts, so y is the lift). */
const meet = (a: { left: number; right: number; lift: number; size: number }, b: typeof a) =>
  a.left < b.right && b.left < a.right && a.lift < b.lift + b.size && b.lift < a.lift + a.size;

describe('layoutEvents', () => {
  // Thirty events in four months, some on the same day: the worst crowding in the bundle and more.
  const crowded = Array.from({ length: 30 }, (_, i) =>
    event(`e${i}`, i % 5 === 0 ? '2016-03' : `2016-0${3 + (i % 4)}-${String(1 + (i % 3)).padStart(2, '0')}`, i * 3),
  );

  it.each([390, 1280])('draws every event at %i px with no two marks overlapping', (width) => {
    const scale = timeScale(domain, 8, width - 12);
    const layout = layoutEvents(crowded, scale, 1000);
    expect(layout.marks).toHaveLength(crowded.length);
    expect(layout.overflowCount).toBe(0);
    for (const [i, a] of layout.marks.entries()) {
      for (const b of layout.marks.slice(i + 1)) expect(meet(a, b), `${a.event.id} / ${b.event.id}`).toBe(false);
    }
  });

  it('draws a day as a point at its date, a month and a year as spans over them', () => {
    const scale = timeScale(domain, 0, 840); // 10 px a month
    const layout = layoutEvents([event('d', '2016-03-16', 1), event('m', '2017-05', 1), event('y', '2018', 1)], scale, 300);
    const byId = new Map(layout.marks.map((m) => [m.event.id, m]));
    expect(byId.get('d')?.shape).toBe('point');
    expect(byId.get('d')?.cx).toBeCloseTo(scale.x(monthIndex(2016, 3) + 15.5 / 31), 5);
    expect(byId.get('m')?.left).toBeCloseTo(scale.x(monthIndex(2017, 5)), 5);
    expect(byId.get('m')?.right).toBeCloseTo(scale.x(monthIndex(2017, 6)), 5);
    expect(byId.get('y')?.right).toBeCloseTo(scale.x(monthIndex(2019, 1)), 5);
  });

  it('counts what does not fit under the top instead of drawing it over other marks', () => {
    const scale = timeScale(domain, 0, 400);
    const same = Array.from({ length: 50 }, (_, i) => event(`s${i}`, '2016-03-10', 10));
    const layout = layoutEvents(same, scale, 60);
    expect(layout.marks.length + layout.overflowCount).toBe(50);
    expect(layout.overflowCount).toBeGreaterThan(0);
    expect(layout.top).toBeLessThanOrEqual(60);
  });

  it('sizes marks by area and keeps an unknown number small', () => {
    expect(markRadius(40)).toBeGreaterThan(markRadius(10));
    expect(markRadius(10) ** 2).toBeLessThan(markRadius(40) ** 2);
    expect(markRadius(null)).toBe(4);
  });
});

describe('layoutContext', () => {
  const events = [
    context('c1', '2014-06-10', 'ISIS overruns northern Iraq'),
    context('c2', '2014-07-16', 'Morocco raises its terror alert'),
    context('c3', '2014-09-18', 'Government adopts the foreign-fighter bill'),
    context('c4', '2014-12', 'Parliament passes bill 86-14'),
    context('c5', '2015-03-20', 'BCIJ inaugurated in Salé'),
    context('c6', '2015-03-27', 'Imams institute opens'),
    context('c7', '2015-05-20', 'Law 86-14 promulgated'),
    context('c8', '2015-06', 'ISIS seizes Sirte'),
    context('c9', '2016-01-25', 'Europol launches the ECTC'),
  ];

  it.each([390, 1280])('labels every context event at %i px with no two labels overlapping', (width) => {
    const scale = timeScale(domain, 8, width - 12);
    const { marks, rows } = layoutContext(events, scale, width < 560 ? 6 : 4);
    expect(marks.map((m) => m.number)).toEqual(events.map((_, i) => i + 1));
    expect(rows).toBeLessThanOrEqual(width < 560 ? 6 : 4);
    for (const [i, a] of marks.entries()) {
      for (const b of marks.slice(i + 1)) {
        if (a.row !== b.row) continue;
        const overlap = a.left - 4 < b.left - 4 + b.labelWidth && b.left - 4 < a.left - 4 + a.labelWidth;
        expect(overlap, `${a.number} / ${b.number}`).toBe(false);
      }
    }
    // At desktop width titles fit even in this crowded year; the numbers of the rest are in the key.
    if (width === 1280) expect(marks.filter((m) => m.titled).length).toBeGreaterThanOrEqual(4);
    else expect(marks.filter((m) => !m.titled).length).toBeGreaterThan(0);
  });

  it('leaves out context events outside the range', () => {
    const scale = timeScale({ start: monthIndex(2015, 1), end: monthIndex(2015, 12) }, 0, 600);
    expect(layoutContext(events, scale, 3).marks.map((m) => m.event.id)).toEqual(['c5', 'c6', 'c7', 'c8']);
  });

  it('estimates label width generously', () => {
    expect(labelWidth('Law 86-14 promulgated')).toBeGreaterThan(110);
  });
});

describe('timeTicks', () => {
  it('marks years over a long range and months over a short one', () => {
    const years = timeTicks(timeScale(domain, 0, 1200));
    expect(years.map((t) => t.label)).toEqual(['2014', '2015', '2016', '2017', '2018', '2019', '2020', '2021']);
    const months = timeTicks(timeScale({ start: monthIndex(2016, 3), end: monthIndex(2016, 8) }, 0, 600));
    expect(months.length).toBeGreaterThan(3);
    expect(months[0]?.label).toMatch(/2016/);
  });
});
