import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, writeCalendar, type AllDayEvent } from './icalendar.ts';

const stampedAt = '2026-11-26T13:05:09.123Z';

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate,
      url: component.getFirstPropertyValue('url'),
      stamp: component.getFirstPropertyValue('dtstamp')?.toString(),
    };
  });
  return { calendar, events };
}

const utf8Length = (line: string) => new TextEncoder().encode(line).length;

describe('writeCalendar', () => {
  const event: AllDayEvent = {
    uid: 'activity-1@klandizie',
    day: '2026-12-31',
    summary: 'Bezoek: De Vries, Bouw; en zonen',
    description: 'Regel één\nRegel twee met \\ een backslash',
    url: 'https://crm.example.nl/organizations/1',
  };

  it('writes a calendar that ical.js reads back, with all-day events ending the next day', () => {
    const text = writeCalendar({ name: 'Klandizie – Olga', stampedAt, events: [event] });
    const { calendar, events } = parse(text);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Klandizie – Olga');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Klandizie//Calendar feed//EN');
    expect(events).toEqual([
      {
        uid: event.uid,
        summary: event.summary,
        description: event.description,
        start: '2026-12-31',
        end: '2027-01-01',
        allDay: true,
        url: event.url,
        stamp: '2026-11-26T13:05:09Z',
      },
    ]);
    expect(text).toContain('DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n');
  });

  it('ends every line with CRLF and keeps every line within 75 octets', () => {
    const summary = `Jaarlijks evaluatiegesprek over de dienstverlening, ${'de samenwerking en de omzetprognose 🤝 '.repeat(6)}`;
    const text = writeCalendar({ name: 'Agenda', stampedAt, events: [{ ...event, summary }] });
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(utf8Length(line)).toBeLessThanOrEqual(75);
    expect(parse(text).events[0]?.summary).toBe(summary);
  });

  it('writes nothing but the calendar when there are no events', () => {
    const { events } = parse(writeCalendar({ name: 'Leeg', stampedAt, events: [] }));
    expect(events).toEqual([]);
  });

  it('refuses a day that does not exist and a stamp that is not a UTC instant', () => {
    expect(() =>
      writeCalendar({ name: 'x', stampedAt, events: [{ ...event, day: '2026-02-30' }] }),
    ).toThrow();
    expect(() => writeCalendar({ name: 'x', stampedAt: '2026-11-26', events: [] })).toThrow();
  });

  it('reads back any summary and description as written (property)', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 200 });
    const dutch = fc.constantFrom(
      'Offerte; uiterlijk vrijdag, graag',
      'Terugbellen: mevr. Öztürk-van ’t Hof',
      'Nieuwjaarswens 🎉🥂 voor de koesterklanten',
      'Relatie-evaluatiegesprek\nmet de directie, inclusief omzetprognose',
      'C:\\pad\\naar\\dossier',
    );
    fc.assert(
      fc.property(
        fc.oneof(text, dutch),
        fc.oneof(text, dutch),
        fc.integer({ min: 0, max: 3000 }),
        (summary, description, offset) => {
          const day = new Date(Date.UTC(2025, 0, 1) + offset * 86_400_000)
            .toISOString()
            .slice(0, 10);
          const written = writeCalendar({
            name: summary,
            stampedAt,
            events: [{ uid: `u-${offset}`, day, summary, description }],
          });
          for (const line of written.split('\r\n'))
            expect(utf8Length(line)).toBeLessThanOrEqual(75);
          const { events } = parse(written);
          // control characters other than a tab and line breaks cannot be carried
          const carried = (value: string) =>
            value.replace(/\r\n|\r/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
          expect(events).toHaveLength(1);
          expect(events[0]?.summary).toBe(carried(summary));
          expect(events[0]?.description ?? '').toBe(carried(description));
          expect(events[0]?.start).toBe(day);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });
});

describe('foldLine', () => {
  it('never splits a character of several octets', () => {
    const line = `SUMMARY:${'é'.repeat(40)}${'😀'.repeat(20)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) {
      expect(utf8Length(part)).toBeLessThanOrEqual(75);
      expect(part).not.toMatch(/[\uD800-\uDBFF]$/);
    }
    expect(folded.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
  });

  it('leaves a short line alone', () => {
    expect(foldLine('SUMMARY:kort')).toBe('SUMMARY:kort');
  });
});
