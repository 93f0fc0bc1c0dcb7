import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../src/components/clinic-provider/define.js';
import { AgeGate } from '../src/components/age-gate/define.js';
import { birthFieldOrder, checkBirthDate } from '../src/core/calendar/birth-date.js';
import { captureWarnings } from './helpers.js';

const day = 86_400_000;

async function gate(attributes = ''): Promise<AgeGate> {
  const page = await fixture<HTMLElement>(staticHtml`
    <div>
      <button id="behind">Behind the gate</button>
      <age-gate ${unsafeStatic(attributes)}></age-gate>
    </div>
  `);
  const el = page.querySelector('age-gate')!;
  await el.updateComplete;
  return el;
}

const dialogOf = (el: AgeGate) => el.shadowRoot!.querySelector('dialog')!;
const part = (el: AgeGate, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`)!;
const field = (el: AgeGate, name: string) => el.shadowRoot!.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;

/** Types a date of birth with the keyboard, in the field order the page shows, and submits it. */
async function typeBirthDate(el: AgeGate, date: { day: string; month: string; year: string }) {
  for (const name of birthFieldOrder(el.lang || 'en')) {
    field(el, name).focus();
    field(el, name).select(); // typing replaces what a previous try left
    await sendKeys({ type: date[name as keyof typeof date] });
  }
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

describe('<age-gate>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  it('blocks the whole page in a modal dialog with the reason from the Terms', async () => {
    const el = await gate();
    const dialog = dialogOf(el);
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(dialog.querySelector('h2')!.textContent).to.equal('Are you 18 or older?');
    expect(dialog.querySelector('#gate-reason')!.textContent).to.contain('you may not use this site if you are under 18 years of age');

    const behind = document.getElementById('behind')!;
    const box = behind.getBoundingClientRect();
    expect(document.elementFromPoint(box.x + 2, box.y + 2), 'the page cannot be clicked').not.to.equal(behind);
    for (let i = 0; i < 6; i += 1) {
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement, 'the page cannot be tabbed to').not.to.equal(behind);
    }
    expect(getComputedStyle(document.documentElement).overflow, 'nor scrolled').to.equal('hidden');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('lets an adult in by date of birth, from the keyboard, and remembers the pass without the date', async () => {
    const el = await gate();
    const verified = oneEvent(el, 'age-verified');
    await typeBirthDate(el, { day: '14', month: '03', year: '1985' });
    expect((await verified).detail).to.deep.equal({ method: 'birthdate', minAge: 18 });
    expect(dialogOf(el).open).to.equal(false);
    expect(document.documentElement.style.overflow).to.equal('');
    expect(JSON.stringify({ ...localStorage, ...sessionStorage })).not.to.contain('1985');

    const again = await gate();
    expect(dialogOf(again).open, 'a remembered pass does not ask again').to.equal(false);
  });

  it('turns a minor away in place, and keeps the answer for the session', async () => {
    const el = await gate('deny-href="https://www.example.org/teens"');
    const denied = oneEvent(el, 'age-denied');
    const thisYear = new Date().getFullYear();
    await typeBirthDate(el, { day: '01', month: '01', year: String(thisYear - 10) });
    expect((await denied).detail).to.deep.equal({ method: 'birthdate', minAge: 18 });
    expect(dialogOf(el).open, 'the gate stays closed to the page').to.equal(true);
    expect(dialogOf(el).querySelector('h2')!.textContent).to.equal('This site is not available to you');
    expect(dialogOf(el).querySelector('a')!.getAttribute('href')).to.equal('https://www.example.org/teens');
    await waitUntil(() => el.shadowRoot!.activeElement === dialogOf(el).querySelector('h2'));

    const reloaded = await gate();
    expect(dialogOf(reloaded).querySelector('h2')!.textContent, 'no retry after a reload').to.equal('This site is not available to you');
    expect(reloaded.shadowRoot!.querySelector('form')).to.equal(null);
    await expect(reloaded).shadowDom.to.be.accessible();
  });

  it('sends proof of the check, without the date of birth, to the record endpoint', async () => {
    await fetch('/api/receipts/mode?set=ok&reset', { method: 'POST' });
    const page = await fixture<HTMLElement>(html`
      <clinic-provider record-endpoint="/api/receipts"><age-gate policy-version="2024-05"></age-gate></clinic-provider>
    `);
    const el = page.querySelector('age-gate')!;
    await el.updateComplete;
    await typeBirthDate(el, { day: '14', month: '03', year: '1985' });
    await waitUntil(async () => (await (await fetch('/api/receipts')).json()).receipts.length === 1, `no receipt arrived: ${warnings.messages.join('; ')}`);
    const [receipt] = (await (await fetch('/api/receipts')).json()).receipts;
    expect(receipt).to.include({ type: 'age-check', result: 'passed', method: 'birthdate', minAge: 18, policyVersion: '2024-05' });
    expect(JSON.stringify(receipt)).not.to.contain('1985');
  });

  it('asks with two equal buttons in confirm mode', async () => {
    const el = await gate('mode="confirm" min-age="21"');
    const [yes, no] = [part(el, 'yes-button'), part(el, 'no-button')];
    expect([yes.textContent, no.textContent]).to.deep.equal(['I am 21 or older', 'I am under 21']);
    expect(yes.getBoundingClientRect().width).to.equal(no.getBoundingClientRect().width);
    expect(getComputedStyle(yes).backgroundColor).to.equal(getComputedStyle(no).backgroundColor);
    await expect(el).shadowDom.to.be.accessible();

    no.focus();
    const denied = oneEvent(el, 'age-denied');
    await sendKeys({ press: 'Enter' });
    expect((await denied).detail).to.deep.equal({ method: 'confirm', minAge: 21 });
  });

  it('passes in confirm mode from the keyboard', async () => {
    const el = await gate('mode="confirm"');
    part(el, 'yes-button').focus();
    const verified = oneEvent(el, 'age-verified');
    await sendKeys({ press: 'Space' });
    expect((await verified).detail).to.deep.equal({ method: 'confirm', minAge: 18 });
    expect(dialogOf(el).open).to.equal(false);
  });

  it('does not close on Escape', async () => {
    const el = await gate();
    await sendKeys({ press: 'Escape' });
    expect(dialogOf(el).open).to.equal(true);
  });

  it('remembers a pass for remember-days, then asks again', async () => {
    let now = Date.UTC(2026, 10, 24, 12);
    const el = await gate('mode="confirm" remember-days="30"');
    el.now = () => now;
    part(el, 'yes-button').click();
    await el.updateComplete;

    now += 29 * day;
    const later = await gate('mode="confirm" remember-days="30"');
    later.now = () => now;
    later.requestUpdate('minAge');
    await later.updateComplete;
    expect(dialogOf(later).open).to.equal(false);

    now += 2 * day;
    const expired = await gate('mode="confirm" remember-days="30"');
    expired.now = () => now;
    expired.requestUpdate('minAge');
    await expired.updateComplete;
    expect(dialogOf(expired).open).to.equal(true);
  });

  it('keeps a pass for this browser session only with remember-days="0", and asks again for a new policy version', async () => {
    const el = await gate('mode="confirm" remember-days="0"');
    part(el, 'yes-button').click();
    await el.updateComplete;
    expect(Object.keys(localStorage)).to.deep.equal([]);
    expect(Object.keys(sessionStorage)).to.include('clinic:age-gate');
    expect(dialogOf(await gate('mode="confirm" remember-days="0"')).open).to.equal(false);
    expect(dialogOf(await gate('mode="confirm" policy-version="2"')).open).to.equal(true);
  });

  it('gates only its own children with scope="content", keeping them in the page', async () => {
    const page = await fixture<HTMLElement>(html`
      <div><age-gate scope="content" mode="confirm"><p id="guarded">Before and after photos</p></age-gate><button id="outside">Outside</button></div>
    `);
    const el = page.querySelector('age-gate')!;
    await el.updateComplete;
    const guarded = page.querySelector<HTMLElement>('#guarded')!;
    expect(el.shadowRoot!.querySelector('dialog')).to.equal(null);
    expect(guarded.checkVisibility()).to.equal(false);
    expect(el.shadowRoot!.querySelector('.content')!.hasAttribute('inert')).to.equal(true);
    page.querySelector<HTMLElement>('#outside')!.focus();
    expect(document.activeElement!.id, 'the rest of the page stays usable').to.equal('outside');
    await expect(el).shadowDom.to.be.accessible();

    part(el, 'yes-button').click();
    await el.updateComplete;
    expect(guarded.checkVisibility()).to.equal(true);
    expect(el.shadowRoot!.querySelector('.content')!.hasAttribute('inert')).to.equal(false);
  });

  it('names the problem with a date that cannot be used, marking the field', async () => {
    const el = await gate();
    await typeBirthDate(el, { day: '31', month: '02', year: '1990' });
    expect(part(el, 'error').textContent).to.equal('That date does not exist. Check the day and month.');
    expect(field(el, 'day').getAttribute('aria-invalid')).to.equal('true');
    expect(field(el, 'day').getAttribute('aria-describedby')).to.equal('date-error');
    expect(part(el, 'error').getAttribute('role')).to.equal('alert');
    expect(el.shadowRoot!.activeElement, 'focus goes to the first field in error, in the order shown').to.equal(field(el, 'month'));
    expect(dialogOf(el).open).to.equal(true);
    await expect(el).shadowDom.to.be.accessible();

    await typeBirthDate(el, { day: '1', month: '1', year: String(new Date().getFullYear() + 1) });
    expect(part(el, 'error').textContent).to.equal('That date is in the future.');
    await typeBirthDate(el, { day: '1', month: '1', year: '85' });
    expect(part(el, 'error').textContent).to.equal('Enter the year with four digits, for example 1985.');
  });

  it('warns about a bad min-age and keeps 18; a corrupted stored pass never opens the gate', async () => {
    localStorage.setItem('clinic:age-gate', '{"v":1,"data":{"minAge":"18"}}');
    const el = await gate('min-age="eighteen" remember-days="-3"');
    expect(el.minAge).to.equal(18);
    expect(dialogOf(el).open).to.equal(true);
    const all = warnings.messages.join('\n');
    expect(all).to.contain('<age-gate> min-age="eighteen" is not valid').and.contain('<age-gate> remember-days="-3" is not valid');
    expect(all).to.contain('discarded the stored value "clinic:age-gate"');
  });

  it('keeps the gate working when storage throws', async () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    try {
      // Its own namespace: the page keeps this pass in memory after storage failed.
      const page = await fixture<HTMLElement>(
        html`<clinic-provider storage-namespace="gate-no-storage"><age-gate mode="confirm"></age-gate></clinic-provider>`,
      );
      const el = page.querySelector('age-gate')!;
      await el.updateComplete;
      part(el, 'yes-button').click();
      await el.updateComplete;
      expect(dialogOf(el).open).to.equal(false);
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('asks in Spanish with the day first, and stays accessible in the dark theme', async () => {
    const el = await gate('lang="es" theme="dark"');
    expect(dialogOf(el).querySelector('h2')!.textContent).to.equal('¿Tiene 18 años o más?');
    const labels = [...el.shadowRoot!.querySelectorAll('label span')].map((span) => span.textContent);
    expect(labels).to.deep.equal(['Día', 'Mes', 'Año']);
    await expect(el).shadowDom.to.be.accessible();
  });
});

describe('checkBirthDate', () => {
  const on = { year: 2026, month: 11, day: 24 };

  it('computes the age, counting the birthday itself', () => {
    expect(checkBirthDate({ day: '24', month: '11', year: '2008' }, on)).to.deep.equal({ ok: true, age: 18 });
    expect(checkBirthDate({ day: '25', month: '11', year: '2008' }, on)).to.deep.equal({ ok: true, age: 17 });
  });

  it('refuses incomplete, impossible and future dates', () => {
    expect(checkBirthDate({ day: '', month: '1', year: '2000' }, on)).to.deep.include({ ok: false, problem: 'incomplete', fields: ['day'] });
    expect(checkBirthDate({ day: '29', month: '2', year: '2023' }, on)).to.deep.include({ problem: 'impossible' });
    expect(checkBirthDate({ day: '1', month: '13', year: '2000' }, on)).to.deep.include({ problem: 'impossible', fields: ['month'] });
    expect(checkBirthDate({ day: '25', month: '11', year: '2026' }, on)).to.deep.include({ problem: 'future' });
  });

  it('orders the fields as the locale writes dates', () => {
    expect(birthFieldOrder('en-US')).to.deep.equal(['month', 'day', 'year']);
    expect(birthFieldOrder('es')).to.deep.equal(['day', 'month', 'year']);
  });
});
