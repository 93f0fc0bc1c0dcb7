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
    expect(ics).to.contain('SUMMARY:Spa (several months)');
    expect(ics.endsWith('END:VCALENDAR\r\n')).to.equal(true);
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
