import { expect } from '@open-wc/testing';
import type { RecoveryMilestone } from '../src/core/documents/model.js';
import { h, toDom, toHtml } from '../src/core/documents/tree.js';
import { randomId } from '../src/core/platform/random-id.js';
import { addDays, parseCalendarDate } from '../src/core/calendar/dates.js';
import { recoveryIcs } from '../src/core/calendar/ics.js';
import { datedMilestones } from '../src/core/calendar/recovery.js';

const milestone = (fields: Partial<RecoveryMilestone>): RecoveryMilestone => ({
  id: 'm',
  kind: 'milestone',
  label: 'Label',
  fromDay: 0,
  section: 'after',
  ...fields,
});

describe('recovery dates', () => {
  it('reads only real calendar dates', () => {
    expect(parseCalendarDate('2026-12-07')).to.deep.equal({ year: 2026, month: 12, day: 7 });
    expect(parseCalendarDate('2026-02-31')).to.equal(null);
    expect(parseCalendarDate('2028-02-29')).to.deep.equal({ year: 2028, month: 2, day: 29 });
    expect(parseCalendarDate('07/12/2026')).to.equal(null);
    expect(parseCalendarDate('')).to.equal(null);
  });

  it('counts days across month and year ends', () => {
    expect(addDays({ year: 2026, month: 12, day: 28 }, 5)).to.deep.equal({ year: 2027, month: 1, day: 2 });
    expect(addDays({ year: 2028, month: 2, day: 27 }, 2)).to.deep.equal({ year: 2028, month: 2, day: 29 });
  });

  it('dates each milestone from the surgery day, open-ended spans last among equals', () => {
    const dated = datedMilestones(
      [
        milestone({ id: 'open', fromDay: 0, duration: 'several months' }),
        milestone({ id: 'week', fromDay: 0, toDay: 7 }),
        milestone({ id: 'five', fromDay: 5 }),
      ],
      { year: 2026, month: 12, day: 7 },
    );
    expect(dated.map((d) => d.milestone.id)).to.deep.equal(['week', 'open', 'five']);
    expect(dated[0].to).to.deep.equal({ year: 2026, month: 12, day: 14 });
    expect(dated[2].from).to.deep.equal({ year: 2026, month: 12, day: 12 });
    expect(dated[1].to).to.equal(null);
  });
});

describe('recoveryIcs', () => {
  const ics = recoveryIcs(
    [
      milestone({ label: 'No strenuous activity, including sex; and heavy housework (walking and mild stretching are fine)', fromDay: 0, toDay: 14 }),
      milestone({ label: 'Spa', fromDay: 0, duration: 'several months' }),
    ],
    { year: 2026, month: 12, day: 7 },
    { title: 'Necklift recovery', note: 'Your surgeon’s instructions always come first.', uid: () => 'fixed', now: new Date('2026-11-24T10:00:00Z') },
  );

  it('writes one all-day event per milestone, with exclusive end dates', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).to.equal(true);
    expect(ics).to.contain('DTSTART;VALUE=DATE:20261207\r\nDTEND;VALUE=DATE:20261222\r\n');
    expect(ics).to.contain('DTSTAMP:20261124T100000Z');
    expect(ics.endsWith('END:VCALENDAR\r\n')).to.equal(true);
  });

  /** The events of a file, unfolded, each as its property lines. */
  const events = (text: string) =>
    text
      .replace(/\r\n /g, '')
      .split('BEGIN:VEVENT\r\n')
      .slice(1)
      .map((event) => event.split('\r\n').filter((line) => /^(DTSTART|DTEND|SUMMARY|DESCRIPTION)/.test(line)));
  const note = 'Your surgeon’s instructions always come first.';
  const surgery = { year: 2026, month: 12, day: 7 };
  const options = { title: 'Necklift recovery', note, uid: () => 'fixed', now: new Date('2026-11-24T10:00:00Z') };

  it('spans every day of a milestone with an end, across months and years, its end date exclusive', () => {
    const file = recoveryIcs(
      [
        milestone({ kind: 'avoid', label: 'Smoking, for at least a week or two before and after surgery', fromDay: -14, toDay: 14 }),
        milestone({ label: 'Remaining bruising fades', fromDay: 14, toDay: 30 }),
        milestone({ label: 'Most stitches removed', fromDay: 5 }),
        milestone({ label: 'Swelling settles', fromDay: 7, toDay: 7 }),
      ],
      surgery,
      options,
    );
    expect(events(file)).to.deep.equal([
      [
        'DTSTART;VALUE=DATE:20261123',
        'DTEND;VALUE=DATE:20261222',
        'SUMMARY:Avoid: Smoking\\, for at least a week or two before and after surgery',
        `DESCRIPTION:${note}`,
      ],
      ['DTSTART;VALUE=DATE:20261212', 'DTEND;VALUE=DATE:20261213', 'SUMMARY:Most stitches removed', `DESCRIPTION:${note}`],
      ['DTSTART;VALUE=DATE:20261214', 'DTEND;VALUE=DATE:20261215', 'SUMMARY:Swelling settles', `DESCRIPTION:${note}`],
      ['DTSTART;VALUE=DATE:20261221', 'DTEND;VALUE=DATE:20270107', 'SUMMARY:Remaining bruising fades', `DESCRIPTION:${note}`],
    ]);
  });

  it('makes a period with no end a reminder on its first day, titled as its start, in the guide’s words', () => {
    const file = recoveryIcs(
      [
        milestone({ kind: 'avoid', label: 'No alcohol, steam baths or saunas', fromDay: 0, duration: 'several months' }),
        milestone({ label: 'Some numbness of the skin', fromDay: 3, duration: 'a few weeks or months' }),
      ],
      surgery,
      options,
    );
    expect(events(file)).to.deep.equal([
      [
        'DTSTART;VALUE=DATE:20261207',
        'DTEND;VALUE=DATE:20261208',
        'SUMMARY:Avoid: No alcohol\\, steam baths or saunas – starts today\\, for several months',
        `DESCRIPTION:From this day\\, for several months. The guide gives no end date.\\n${note}`,
      ],
      [
        'DTSTART;VALUE=DATE:20261210',
        'DTEND;VALUE=DATE:20261211',
        'SUMMARY:Some numbness of the skin – starts today\\, for a few weeks or months',
        `DESCRIPTION:From this day\\, for a few weeks or months. The guide gives no end date.\\n${note}`,
      ],
    ]);
  });

  it('keeps the span of a milestone with both an end day and words for its length', () => {
    const file = recoveryIcs([milestone({ label: 'Back at the gym', fromDay: 21, toDay: 42, duration: 'three to six weeks' })], surgery, options);
    expect(events(file)).to.deep.equal([
      ['DTSTART;VALUE=DATE:20261228', 'DTEND;VALUE=DATE:20270119', 'SUMMARY:Back at the gym (three to six weeks)', `DESCRIPTION:${note}`],
    ]);
  });

  it('says it in the words it is given', () => {
    const file = recoveryIcs([milestone({ kind: 'avoid', label: 'Sauna', fromDay: 0, duration: 'varios meses' })], surgery, {
      ...options,
      note: 'Siga a su cirujano.',
      words: { avoid: 'Evitar', starts: (d) => `empieza hoy, durante ${d}`, period: (d) => `Desde este día, durante ${d}.` },
    });
    expect(events(file)[0].slice(2)).to.deep.equal([
      'SUMMARY:Evitar: Sauna – empieza hoy\\, durante varios meses',
      'DESCRIPTION:Desde este día\\, durante varios meses.\\nSiga a su cirujano.',
    ]);
  });

  it('escapes commas and semicolons and folds lines over 75 octets', () => {
    expect(ics.replace(/\r\n /g, '')).to.contain(
      'SUMMARY:No strenuous activity\\, including sex\\; and heavy housework (walking and mild stretching are fine)',
    );
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length, line).to.be.at.most(75);
    expect(ics).to.contain('\r\n ');
  });
});

describe('document tree', () => {
  const tree = h('p', { title: 'a "quoted" <title>', hidden: true }, ['<script>alert(1)</script> & ', h('a', { href: '/x' }, ['link'])]);

  it('escapes text and attributes in HTML', () => {
    expect(toHtml(tree)).to.equal('<p title="a &quot;quoted&quot; &lt;title&gt;" hidden>&lt;script&gt;alert(1)&lt;/script&gt; &amp; <a href="/x">link</a></p>');
  });

  it('builds the same structure as DOM nodes with text nodes only', () => {
    const node = toDom(tree) as HTMLElement;
    expect(node.querySelector('script')).to.equal(null);
    expect(node.textContent).to.equal('<script>alert(1)</script> & link');
    expect(node.getAttribute('title')).to.equal('a "quoted" <title>');
    expect(node.hasAttribute('hidden')).to.equal(true);
  });
});

describe('randomId', () => {
  it('makes version 4 UUIDs, also where crypto.randomUUID is missing (plain http pages)', () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(randomId()).to.match(uuid);
    const original = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const ids = new Set(Array.from({ length: 50 }, randomId));
      expect([...ids].every((id) => uuid.test(id))).to.equal(true);
      expect(ids.size).to.equal(50);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: original, configurable: true });
    }
  });
});
