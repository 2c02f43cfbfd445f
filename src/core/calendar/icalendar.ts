// An iCalendar (RFC 5545) writer for a subscribable feed of all-day events: CRLF line ends, lines
// folded at 75 octets without splitting a UTF-8 character, TEXT values escaped.
import { addCalendarDays } from '../servicing/calendar-days.ts';

/** One all-day event on a calendar day. */
export type AllDayEvent = {
  /** Stable across fetches, so a calendar updates the event instead of adding another. */
  uid: string;
  /** YYYY-MM-DD */
  day: string;
  summary: string;
  description?: string | undefined;
  url?: string | undefined;
};

export type CalendarFeed = {
  /** The name a calendar app shows for the subscription (X-WR-CALNAME). */
  name: string;
  /** When the feed was made, as an ISO instant; the DTSTAMP of every event. */
  stampedAt: string;
  events: readonly AllDayEvent[];
};

export const productId = '-//Klandizie//Calendar feed//EN';
const maxLineOctets = 75;

/** The feed as iCalendar text (RFC 5545), ready to serve as text/calendar. */
export function writeCalendar(feed: CalendarFeed): string {
  const stamp = utcStamp(feed.stampedAt);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${productId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(feed.name)}`,
    // how often a subscriber should fetch again (RFC 7986, and the older name Outlook reads)
    'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
    'X-PUBLISHED-TTL:PT1H',
  ];
  for (const event of feed.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compactDate(event.day)}`,
      `DTEND;VALUE=DATE:${compactDate(addCalendarDays(event.day, 1))}`,
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.url) lines.push(`URL:${stripControls(event.url)}`);
    // a reminder of what is due, not time taken up in the day
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** A TEXT value escaped (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return stripControls(
    value
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n'),
  );
}

// other control characters are not allowed in a value; a tab is
const stripControls = (value: string) => value.replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '');

/** A content line folded into lines of at most 75 octets, continuations starting with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = utf8Octets(character.codePointAt(0) ?? 0);
    if (octets + size > maxLineOctets) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

function utf8Octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

const compactDate = (isoDate: string) => isoDate.replace(/-/g, '');

function utcStamp(instant: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?Z$/.exec(instant);
  if (!match) throw new Error(`stampedAt must be a UTC ISO instant, not "${instant}"`);
  const [, year, month, day, hour, minute, second] = match;
  return `${year}${month}${day}T${hour}${minute}${second}Z`;
}
