import { elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/components/clinic-provider/define.js';
import { ProcedureGuide } from '../src/components/procedure-guide/define.js';
import type { SectionChangeDetail } from '../src/components/procedure-guide/procedure-guide.js';
import { captureWarnings } from './helpers.js';

const shadow = (el: ProcedureGuide) => el.shadowRoot!;
const sectionsOf = (el: ProcedureGuide) => [...el.querySelectorAll<HTMLElement>(':scope > [data-guide-section]')];
const bodyOf = (el: ProcedureGuide, id: string) => el.querySelector<HTMLElement>(`#${id} > [data-guide-body]`)!;
const errorOf = (el: ProcedureGuide) => shadow(el).querySelector<HTMLElement>('[part="error"]');
const isShown = (element: HTMLElement) => !element.hasAttribute('hidden') && element.checkVisibility();

async function ready(el: ProcedureGuide): Promise<ProcedureGuide> {
  await waitUntil(() => sectionsOf(el).length > 0 || errorOf(el), 'the guide did not render', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

async function guide(template: ReturnType<typeof html>): Promise<ProcedureGuide> {
  const host = await fixture<HTMLElement>(template);
  return ready(host instanceof ProcedureGuide ? host : host.querySelector('procedure-guide')!);
}

function resetAddress() {
  history.replaceState(null, '', location.pathname + location.search);
}

describe('<procedure-guide>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    resetAddress();
    window.scrollTo(0, 0);
    warnings = captureWarnings();
  });
  afterEach(() => {
    warnings.restore();
    resetAddress();
    document.querySelectorAll('script[data-clinic-guide]').forEach((script) => script.remove());
  });

  describe('sources', () => {
    it('renders the built-in necklift guide as real headings and paragraphs in the page', async () => {
      const el = await guide(html`<procedure-guide procedure="necklift"></procedure-guide>`);
      const headings = [...el.querySelectorAll(':scope > section > h2')].map((h) => h.textContent);

      expect(headings).to.have.length(11);
      expect(headings[2]).to.equal('All surgery carries some uncertainty and risk');
      expect(el.querySelectorAll(':scope > section p')).to.have.length(34);
      expect(document.body.innerText, 'find-in-page reaches the text').to.contain('hematoma (a collection of blood under the skin');
      expect(warnings.messages).to.deep.equal([]);
    });

    it('shows the facelift illustrations with captions, placing the clinic images in their figures', async () => {
      const el = await guide(html`
        <procedure-guide procedure="facelift">
          <img slot="figure-incisions" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="40" height="40" />
        </procedure-guide>
      `);
      const figures = [...el.querySelectorAll('figure')];
      expect(figures.map((f) => f.dataset.guideFigure)).to.deep.equal(['before', 'incisions', 'tightening', 'scars', 'after']);
      expect(figures[3].querySelector('figcaption')!.textContent).to.equal(
        'Most of the scars will be hidden within your hair and in the normal creases of your skin.',
      );
      const image = figures[1].querySelector('img')!;
      expect(image, 'the slotted image moved into its figure').to.exist;
      expect(image.alt).to.equal('The incision line, from the temple, in front of the ear, behind the earlobe and into the lower scalp.');

      el.headingLevel = 3;
      await waitUntil(() => el.querySelector('#illustrated > h3'), 'the guide was not rendered again');
      expect(el.querySelector('[data-guide-figure="incisions"] img'), 'the image survives a new rendering').to.equal(image);
    });

    it('holds its place while its text loads, so nothing on the page jumps when it arrives', async () => {
      const shifts: number[] = [];
      const observer = new PerformanceObserver((list) =>
        list.getEntries().forEach((entry) => shifts.push((entry as PerformanceEntry & { value: number }).value)),
      );
      observer.observe({ type: 'layout-shift' });
      try {
        const page = await fixture<HTMLElement>(html`
          <div>
            <procedure-guide src="/test/fixtures/long-guide.json?delay=400"><a slot="cta" href="#book">Book a consultation</a></procedure-guide>
            <p>After the guide.</p>
          </div>
        `);
        const el = page.querySelector('procedure-guide')!;
        await waitUntil(() => el.matches(':state(loading)'), 'no loading state');
        expect(el.getBoundingClientRect().height, 'a screen tall while loading').to.be.at.least(innerHeight);
        expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Loading the guide…');
        expect(el.querySelector('a')!.getBoundingClientRect().height, 'the call to action waits for the text').to.equal(0);
        await waitUntil(() => !el.matches(':state(loading)') && el.querySelector('section'), 'the guide did not load', { timeout: 4000 });
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        expect(el.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
        expect(shifts, 'layout shifts').to.deep.equal([]);
      } finally {
        observer.disconnect();
      }
    });

    it('loads a same-origin src, fills clinic placeholders, and renders markup-looking text as text', async () => {
      const el = await guide(html`
        <clinic-provider clinic-name="Sol Clinic"><procedure-guide src="/test/fixtures/browlift.json"></procedure-guide></clinic-provider>
      `);
      expect(el.querySelector('#considering-heading')!.textContent).to.equal('Considering a browlift at Sol Clinic');
      const first = el.querySelector('#considering p')!;
      expect(first.textContent).to.equal('<img src=x onerror="window.guideXss = true"> is shown as text.');
      expect(first.querySelector('img')).to.equal(null);
      expect((window as { guideXss?: boolean }).guideXss).to.equal(undefined);
      expect(el.querySelector<HTMLAnchorElement>('#considering a')!.getAttribute('href')).to.equal('/faq');
      expect(el.querySelectorAll('#surgery ol > li')).to.have.length(3);
    });

    it('enhances clinic-authored sections in place and ignores src and procedure', async () => {
      const el = await guide(html`
        <procedure-guide src="/test/fixtures/never-fetched.json" procedure="facelift">
          <section><h2>Before your visit</h2><p>Bring your medication list.</p></section>
          <section id="day-of"><h2>On the day</h2><p>Arrive early.</p><p>Bring a driver.</p></section>
          <section><h2>Before your visit</h2><p>Duplicate heading.</p></section>
        </procedure-guide>
      `);
      const sections = sectionsOf(el);
      expect(sections.map((s) => s.id)).to.deep.equal(['before-your-visit', 'day-of', 'before-your-visit-2']);
      expect(bodyOf(el, 'day-of').querySelectorAll('p')).to.have.length(2);
      expect(sections[1].getAttribute('aria-labelledby')).to.equal(sections[1].querySelector('h2')!.id);
      expect(el.querySelector('figure'), 'the built-in facelift is not rendered').to.equal(null);
      expect(
        performance.getEntriesByType('resource').some((entry) => entry.name.includes('never-fetched')),
        'src is not fetched',
      ).to.equal(false);
    });

    it('warns about an authored section without a heading and still shows it', async () => {
      const el = await guide(html`
        <procedure-guide><section><h2>One</h2><p>a</p></section><section><p>No heading here.</p></section></procedure-guide>
      `);
      expect(sectionsOf(el)).to.have.length(1);
      expect(el.textContent).to.contain('No heading here.');
      expect(warnings.messages[0]).to.contain('<procedure-guide> section 2 has no heading');
    });
  });

  describe('bad input', () => {
    const cases: [string, string, RegExp][] = [
      ['a src that answers 404', '/test/fixtures/missing-guide.json', /could not be loaded \(HTTP 404\)/],
      ['a src that is not JSON', '/test/fixtures/not-json.json', /is not valid JSON/],
      ['a src that is a legal document', '/test/fixtures/legal.json', /is not a procedure guide/],
      ['a src on another origin', 'https://cdn.example.com/guide.json', /is on another website/],
    ];
    for (const [name, src, message] of cases) {
      it(`shows an inline, announced error for ${name}`, async () => {
        const el = await guide(html`<procedure-guide src=${src}></procedure-guide>`);
        const error = errorOf(el)!;
        expect(error.getAttribute('role')).to.equal('alert');
        expect(error.textContent).to.contain('This guide could not be shown.').and.match(message);
        expect(warnings.messages.join('\n')).to.contain(`<procedure-guide> src="${src}"`);
        await expect(el).to.be.accessible();
      });
    }

    it('names every problem of an invalid guide, by path, on the page and in the console', async () => {
      const el = await guide(html`<procedure-guide src="/test/fixtures/invalid-guide.json"></procedure-guide>`);
      const problems = [...errorOf(el)!.querySelectorAll('li')].map((li) => li.textContent);
      expect(problems).to.deep.equal([
        'sections[1].heading: expected text',
        'sections[1].blocks[0].text[0].href: expected a relative, http(s), mailto or tel address',
      ]);
      expect(warnings.messages).to.deep.equal(problems.map((p) => `clinic-elements: <procedure-guide> src="/test/fixtures/invalid-guide.json": ${p}`));
      expect(sectionsOf(el)).to.have.length(0);
    });

    it('lists the built-in guides for an unknown procedure', async () => {
      const el = await guide(html`<procedure-guide procedure="rhinoplasty"></procedure-guide>`);
      expect(errorOf(el)!.textContent).to.contain('There is no built-in guide called "rhinoplasty". The built-in guides are: necklift, facelift.');
    });

    it('explains what to add when it has nothing to show', async () => {
      const el = await guide(html`<procedure-guide></procedure-guide>`);
      expect(errorOf(el)!.textContent).to.contain('add sections inside the element, a src, or a procedure (necklift, facelift)');
    });

    it('shows errors in Spanish on a Spanish page', async () => {
      const el = await guide(html`<procedure-guide lang="es" procedure="rhinoplasty"></procedure-guide>`);
      expect(errorOf(el)!.textContent).to.contain('No se pudo mostrar esta guía.').and.contain('No hay una guía incluida llamada "rhinoplasty"');
    });

    it('falls back with a warning for an unknown layout or heading level', async () => {
      const el = await guide(html`<procedure-guide procedure="necklift" layout="tabs" heading-level="9"></procedure-guide>`);
      expect(el.layout).to.equal('article');
      expect(el.querySelector('#risks > h2')).to.exist;
      expect(warnings.messages.join('\n'))
        .to.contain('<procedure-guide> layout="tabs" is not valid')
        .and.contain('<procedure-guide> heading-level=9 is not valid');
    });

    it('recovers when a bad src is corrected', async () => {
      const el = await guide(html`<procedure-guide src="/test/fixtures/not-json.json"></procedure-guide>`);
      el.src = '/test/fixtures/browlift.json';
      await waitUntil(() => sectionsOf(el).length === 3);
      await el.updateComplete;
      expect(errorOf(el)).to.equal(null);
    });
  });

  describe('article layout', () => {
    it('lists every section in a table of contents and marks the one being read', async () => {
      const el = await guide(html`<procedure-guide procedure="necklift"></procedure-guide>`);
      const nav = shadow(el).querySelector('nav')!;
      const links = [...nav.querySelectorAll('a')];
      expect(nav.getAttribute('aria-labelledby')).to.equal('toc-title');
      expect(shadow(el).getElementById('toc-title')!.textContent).to.equal('On this page');
      expect(links).to.have.length(11);
      expect(links[2].getAttribute('href')).to.equal('#risks');
      expect(links[0].getAttribute('aria-current')).to.equal('location');
      await expect(el).to.be.accessible();
    });

    it('goes to a section from the table of contents, updating the address without a history entry', async () => {
      // A site with a 120px sticky header: the end of the previous section stays visible above.
      const el = await guide(html`<procedure-guide procedure="necklift" style="--clinic-scroll-offset: 120px"></procedure-guide>`);
      window.dispatchEvent(new WheelEvent('wheel')); // the reader is active: scrolling now counts as navigation
      const historyLength = history.length;
      const link = shadow(el).querySelector<HTMLAnchorElement>('a[href="#risks"]')!;
      setTimeout(() => link.click());
      const { detail } = await oneEvent(el, 'section-change');

      expect(detail).to.deep.equal({ id: 'risks', index: 2 } satisfies SectionChangeDetail);
      expect(location.hash).to.equal('#risks');
      expect(history.length).to.equal(historyLength);
      await el.updateComplete;
      expect(link.getAttribute('aria-current')).to.equal('location');
      expect(Math.abs(el.querySelector('#risks')!.getBoundingClientRect().top - 120)).to.be.below(30);
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(location.hash, 'the end of the previous section at the top does not count as being read').to.equal('#risks');
    });

    it('moves keyboard focus to the section chosen in the table of contents', async () => {
      const el = await guide(html`<procedure-guide procedure="necklift"></procedure-guide>`);
      shadow(el).querySelector<HTMLAnchorElement>('a[href="#surgery"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(document.activeElement).to.equal(el.querySelector('#surgery-heading'));
      expect(location.hash).to.equal('#surgery');
    });

    it('follows the reader while scrolling', async () => {
      const el = await guide(html`<procedure-guide procedure="necklift"></procedure-guide>`);
      window.dispatchEvent(new WheelEvent('wheel'));
      setTimeout(() => el.querySelector('#surgery')!.scrollIntoView({ block: 'start', behavior: 'instant' }));
      const { detail } = await oneEvent(el, 'section-change');
      expect(detail.id).to.equal('surgery');
      await el.updateComplete;
      expect(shadow(el).querySelector('a[href="#surgery"]')!.getAttribute('aria-current')).to.equal('location');
    });

    it('ignores a malformed or unrelated address fragment', async () => {
      const failures: unknown[] = [];
      const onFailure = (event: PromiseRejectionEvent) => failures.push(event.reason);
      window.addEventListener('unhandledrejection', onFailure);
      history.replaceState(null, '', '#%E0%A4%A');
      const el = await guide(html`<procedure-guide procedure="necklift"></procedure-guide>`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      window.removeEventListener('unhandledrejection', onFailure);
      expect(failures).to.deep.equal([]);
      expect(shadow(el).querySelector('a[href="#considering"]')!.getAttribute('aria-current')).to.equal('location');
      location.hash = '#main-menu';
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(shadow(el).querySelector('a[href="#considering"]')!.getAttribute('aria-current')).to.equal('location');
    });

    it('opens a deep link on load, including an element inside a section', async () => {
      history.replaceState(null, '', '#after-body');
      const el = await guide(html`<procedure-guide procedure="necklift"></procedure-guide>`);
      await waitUntil(() => shadow(el).querySelector('a[href="#after"]')!.hasAttribute('aria-current'));
      expect(Math.abs(el.querySelector('#after-body')!.getBoundingClientRect().top)).to.be.below(30);
    });
  });

  describe('accordion layout', () => {
    it('collapses sections with hidden="until-found" behind disclosure buttons', async () => {
      const el = await guide(html`<procedure-guide procedure="necklift" layout="accordion"></procedure-guide>`);
      const body = bodyOf(el, 'risks');
      const toggle = el.querySelector<HTMLButtonElement>('#risks-heading > button')!;

      expect(body.getAttribute('hidden')).to.equal('until-found');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.getAttribute('aria-controls')).to.equal('risks-body');
      expect(toggle.textContent).to.equal('All surgery carries some uncertainty and risk');
      await expect(el).to.be.accessible();
    });

    it('opens and closes a section from the keyboard, announcing the section', async () => {
      const el = await guide(html`<procedure-guide procedure="necklift" layout="accordion"></procedure-guide>`);
      const toggle = el.querySelector<HTMLButtonElement>('#candidates-heading > button')!;
      toggle.focus();
      setTimeout(() => sendKeys({ press: 'Enter' }));
      const { detail } = await oneEvent(el, 'section-change');
      await el.updateComplete;

      expect(detail).to.deep.equal({ id: 'candidates', index: 1 });
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(isShown(bodyOf(el, 'candidates'))).to.equal(true);
      expect(document.activeElement).to.equal(toggle);
      await expect(el).to.be.accessible();

      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(bodyOf(el, 'candidates').getAttribute('hidden')).to.equal('until-found');
    });

    it('opens the section that find-in-page reveals', async () => {
      const el = await guide(html`<procedure-guide procedure="necklift" layout="accordion"></procedure-guide>`);
      // The browser fires beforematch on the hidden="until-found" element when a search finds text in it.
      bodyOf(el, 'anesthesia').dispatchEvent(new Event('beforematch', { bubbles: true }));
      await el.updateComplete;
      expect(el.querySelector('#anesthesia-heading > button')!.getAttribute('aria-expanded')).to.equal('true');
    });

    it('opens and scrolls to the section named in the address', async () => {
      history.replaceState(null, '', '#risks');
      const el = await guide(html`<procedure-guide procedure="necklift" layout="accordion"></procedure-guide>`);
      await waitUntil(() => el.querySelector('#risks-heading > button')?.getAttribute('aria-expanded') === 'true');
      expect(isShown(bodyOf(el, 'risks'))).to.equal(true);
      expect(bodyOf(el, 'considering').getAttribute('hidden')).to.equal('until-found');
    });

    it('returns the headings to plain text when the layout changes back', async () => {
      const el = await guide(html`<procedure-guide procedure="necklift" layout="accordion"></procedure-guide>`);
      el.layout = 'article';
      await el.updateComplete;
      expect(el.querySelector('[data-guide-toggle]')).to.equal(null);
      expect(el.querySelector('#risks-heading')!.textContent).to.equal('All surgery carries some uncertainty and risk');
      expect(sectionsOf(el).every(isShown)).to.equal(true);
    });
  });

  describe('steps layout', () => {
    it('shows one step at a time with progress', async () => {
      const el = await guide(html`<procedure-guide procedure="necklift" layout="steps"></procedure-guide>`);
      const visible = sectionsOf(el).filter(isShown);
      expect(visible.map((s) => s.id)).to.deep.equal(['considering']);
      expect(shadow(el).querySelector('[part="progress"] p')!.textContent).to.equal('Step 1 of 11: If you are considering a necklift…');
      expect(shadow(el).querySelector('progress')!.value).to.equal(1);
      const [previous, next] = shadow(el).querySelectorAll<HTMLButtonElement>('[part="step-buttons"] button');
      expect(previous.disabled).to.equal(true);
      expect(next.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Next: The best candidates for a necklift →');
      await expect(el).to.be.accessible();
    });

    it('moves through the journey with the keyboard, focusing each new step', async () => {
      const el = await guide(html`<procedure-guide procedure="necklift" layout="steps"></procedure-guide>`);
      const next = shadow(el).querySelectorAll<HTMLButtonElement>('[part="step-buttons"] button')[1];
      next.focus();
      setTimeout(() => sendKeys({ press: 'Enter' }));
      const { detail } = await oneEvent(el, 'section-change');
      await el.updateComplete;

      expect(detail).to.deep.equal({ id: 'candidates', index: 1 });
      expect(
        sectionsOf(el)
          .filter(isShown)
          .map((s) => s.id),
      ).to.deep.equal(['candidates']);
      expect(document.activeElement).to.equal(el.querySelector('#candidates-heading'));
      expect(location.hash).to.equal('#candidates');
      const counter = shadow(el).querySelector('[part="progress"]')!.getBoundingClientRect();
      expect(counter.top, 'the step counter is in view').to.be.within(-1, innerHeight - counter.height);

      const previous = shadow(el).querySelectorAll<HTMLButtonElement>('[part="step-buttons"] button')[0];
      previous.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(
        sectionsOf(el)
          .filter(isShown)
          .map((s) => s.id),
      ).to.deep.equal(['considering']);
    });

    it('starts at the step named in the address and follows later address changes', async () => {
      history.replaceState(null, '', '#anesthesia');
      const el = await guide(html`<procedure-guide procedure="necklift" layout="steps"></procedure-guide>`);
      await waitUntil(() => isShown(el.querySelector('#anesthesia')!));
      expect(shadow(el).querySelector('[part="progress"] p')!.textContent).to.contain('Step 7 of 11');

      location.hash = '#results';
      await waitUntil(() => isShown(el.querySelector('#results')!));
      expect(sectionsOf(el).filter(isShown)).to.have.length(1);
    });
  });

  describe('recovery timeline', () => {
    const timelineOf = (el: ProcedureGuide) => shadow(el).querySelector<HTMLElement>('[part="timeline"]')!;
    const rows = (el: ProcedureGuide) => [...timelineOf(el).querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

    async function enterDate(el: ProcedureGuide, value: string) {
      const input = shadow(el).querySelector<HTMLInputElement>('[part="date-input"]')!;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await el.updateComplete;
    }

    it("draws the guide's recovery facts in days, with the surgeon's-instructions note", async () => {
      const el = await guide(html`<procedure-guide procedure="necklift"></procedure-guide>`);
      expect(timelineOf(el).textContent).to.contain('Your surgeon’s instructions always come first.');
      expect(rows(el)).to.deep.equal([
        '14 days before surgery – Day 14 Avoid: Smoking, for at least a week or two before and after surgery',
        '7 days before surgery – The day before surgery Arrange for someone to drive you home and to help you for a day or two',
        'Days 0–2 Head elevated and as still as possible, if your doctor advises',
        'Days 0–7 Avoid: Take it easy',
        'Days 0–14 Avoid: No strenuous activity, including sex and heavy housework',
        'From the day of surgery, for a few weeks or months Some numbness of the skin, which is normal',
        'From the day of surgery, for several months Avoid: No alcohol, steam baths or saunas',
        'Days 1–2 Up and about',
        'Days 1–2 Drainage tube removed, if one was placed',
        'Days 1–5 Bandages removed, when used',
        'Day 5 Most stitches removed',
        'Days 5–8 Stitches in slower-healing areas may stay a few days longer',
        'Days 10–14 Most patients back at work',
        'Days 14–21 Remaining bruising fades',
        'Days 15–21 Looking and feeling much better',
        'From day 21, for several months Hair around the temples may be thin, and skin dry and rough',
      ]);
      expect(shadow(el).querySelector('[part="download"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows calendar dates for a surgery date and offers them as an .ics file, storing and sending nothing', async () => {
      const el = await guide(html`<procedure-guide procedure="necklift"></procedure-guide>`);
      const storedBefore = [localStorage.length, sessionStorage.length, document.cookie];
      const requestsBefore = performance.getEntriesByType('resource').length;
      await enterDate(el, '2026-12-07');

      expect(rows(el)).to.include('Sat, Dec 12 (Day 5) Most stitches removed');
      expect(rows(el)).to.include('Thu, Dec 17 – Mon, Dec 21 (Days 10–14) Most patients back at work');
      await waitUntil(() => shadow(el).querySelector('[part="download"]'), 'no .ics download was offered');
      const link = shadow(el).querySelector<HTMLAnchorElement>('[part="download"]')!;
      expect(link.download).to.equal('necklift-recovery.ics');
      expect(link.href).to.match(/^blob:/);
      const ics = await (await fetch(link.href)).text();
      expect(ics).to.contain('BEGIN:VCALENDAR').and.contain('DTSTART;VALUE=DATE:20261212\r\nDTEND;VALUE=DATE:20261213\r\nSUMMARY:Most stitches removed');
      expect(ics.match(/BEGIN:VEVENT/g)).to.have.length(16);
      // Spans over their days; a period the guide gives no end, a reminder on its first day.
      const unfolded = ics.replace(/\r\n /g, '');
      expect(unfolded).to.contain(
        'DTSTART;VALUE=DATE:20261207\r\nDTEND;VALUE=DATE:20261222\r\nSUMMARY:Avoid: No strenuous activity\\, including sex and heavy housework\r\n',
      );
      expect(unfolded).to.contain(
        'DTSTART;VALUE=DATE:20261207\r\nDTEND;VALUE=DATE:20261208\r\nSUMMARY:Avoid: No alcohol\\, steam baths or saunas – starts today\\, for several months\r\n' +
          'DESCRIPTION:From this day\\, for several months. The guide gives no end date.\\nYour surgeon’s instructions always come first.\r\n',
      );

      expect([localStorage.length, sessionStorage.length, document.cookie]).to.deep.equal(storedBefore);
      // Only the element's own code may load (the calendar module); nothing leaves with the date.
      const newRequests = performance
        .getEntriesByType('resource')
        .slice(requestsBefore)
        .filter((entry) => !entry.name.startsWith('blob:') && !entry.name.includes('/src/'));
      expect(newRequests.map((entry) => entry.name)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('speaks Spanish and formats dates in Spanish', async () => {
      const el = await guide(html`<procedure-guide lang="es" procedure="necklift"></procedure-guide>`);
      await enterDate(el, '2026-12-07');
      expect(timelineOf(el).querySelector('h2')!.textContent).to.equal('Su calendario de recuperación');
      expect(rows(el)).to.include('sáb, 12 dic (Día 5) Most stitches removed');
      await waitUntil(() => shadow(el).querySelector('[part="download"]'), 'no .ics download was offered');
      const ics = (await (await fetch(shadow(el).querySelector<HTMLAnchorElement>('[part="download"]')!.href)).text()).replace(/\r\n /g, '');
      expect(ics).to.contain('SUMMARY:Evitar: No alcohol\\, steam baths or saunas – empieza hoy\\, durante several months\r\n');
      expect(ics).to.contain('DESCRIPTION:Desde este día\\, durante several months. La guía no indica una fecha de fin.\\n');
      const label = [...timelineOf(el).querySelectorAll('.what [lang]')].find((span) => span.textContent === 'Most stitches removed')!;
      expect(label.getAttribute('lang'), "the guide's own words keep the guide's language").to.equal('en');
      expect(label.closest('li')!.closest('[lang]'), 'the UI words are not marked as English').to.equal(null);
    });

    it('is left out with no-timeline, and for guides without recovery facts', async () => {
      const without = await guide(html`<procedure-guide procedure="necklift" no-timeline></procedure-guide>`);
      const facelift = await guide(html`<procedure-guide procedure="facelift"></procedure-guide>`);
      expect(shadow(without).querySelector('[part="timeline"]')).to.equal(null);
      expect(shadow(facelift).querySelector('[part="timeline"]')).to.equal(null);
    });
  });

  describe('search engines and print', () => {
    const structuredData = () => [...document.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"][data-clinic-guide]')];

    it('describes the procedure once per page as schema.org JSON-LD', async () => {
      await fixture(html`
        <clinic-provider clinic-name="Miller Plastic Surgery" website="www.millerplasticsurgery.com">
          <procedure-guide procedure="necklift"></procedure-guide><procedure-guide procedure="necklift" layout="steps"></procedure-guide>
        </clinic-provider>
      `);
      await waitUntil(() => structuredData().length > 0);
      const scripts = structuredData();
      expect(scripts).to.have.length(1);
      const data = JSON.parse(scripts[0].textContent!);
      expect(data).to.include({ '@context': 'https://schema.org', '@type': 'MedicalWebPage', inLanguage: 'en', audience: 'https://schema.org/Patient' });
      // SurgicalProcedure is a type, not a MedicalProcedureType value.
      expect(data.about).to.include({ '@type': 'SurgicalProcedure', name: 'Necklift', alternateName: 'Cervical Rhytidectomy' });
      expect(data.about).not.to.have.property('procedureType');
      expect(data).not.to.have.property('lastReviewed');
      expect(data.about.howPerformed).to.match(/^A necklift usually takes several hours/);
      expect(data.about.preparation).to.match(/^Your surgeon will give you specific instructions/);
      expect(data.about.followup).to.match(/^There isn’t usually significant discomfort/);
      expect(data.publisher).to.deep.equal({ '@type': 'MedicalOrganization', name: 'Miller Plastic Surgery', url: 'https://www.millerplasticsurgery.com' });
    });

    it('leaves out JSON-LD with no-structured-data, and removes it with the element', async () => {
      const quiet = await guide(html`<procedure-guide procedure="necklift" no-structured-data></procedure-guide>`);
      expect(structuredData()).to.have.length(0);
      quiet.noStructuredData = false;
      await waitUntil(() => structuredData().length === 1, 'the JSON-LD did not appear');
      quiet.remove();
      expect(structuredData()).to.have.length(0);
    });

    it('prints every section expanded, without controls, with the clinic name and page address', async () => {
      const el = await guide(html`
        <clinic-provider clinic-name="Miller Plastic Surgery"><procedure-guide procedure="necklift" layout="accordion"></procedure-guide></clinic-provider>
      `);
      await emulateMedia({ media: 'print' });
      try {
        expect(
          sectionsOf(el)
            .map((s) => bodyOf(el, s.id))
            .every((body) => body.checkVisibility()),
        ).to.equal(true);
        expect(shadow(el).querySelector<HTMLElement>('[part="toc"]')!.checkVisibility()).to.equal(false);
        expect(shadow(el).querySelector<HTMLElement>('[part="date-input"]')!.checkVisibility()).to.equal(false);
        const header = shadow(el).querySelector<HTMLElement>('[part="print-header"]')!;
        expect(header.checkVisibility()).to.equal(true);
        expect(header.textContent).to.equal(`Miller Plastic Surgery · Printed from ${location.href}`);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
      expect(shadow(el).querySelector<HTMLElement>('[part="print-header"]')!.checkVisibility()).to.equal(false);
    });
  });

  describe('slots and themes', () => {
    it('reports a click on the booking call to action as an event and sends nothing', async () => {
      const el = await guide(html`
        <procedure-guide procedure="necklift" layout="steps"><button slot="cta" type="button">Book a consultation</button></procedure-guide>
      `);
      const requestsBefore = performance.getEntriesByType('resource').length;
      setTimeout(() => el.querySelector<HTMLButtonElement>('[slot="cta"]')!.click());
      const { detail } = await oneEvent(el, 'cta-click');
      expect(detail).to.deep.equal({ section: 'considering' });
      expect(performance.getEntriesByType('resource').length).to.equal(requestsBefore);
    });

    it('shows the medical disclaimer by default and lets the page replace it', async () => {
      const standard = await guide(html`<procedure-guide procedure="necklift"></procedure-guide>`);
      const own = await guide(html`<procedure-guide procedure="necklift"><p slot="disclaimer">Our own notice.</p></procedure-guide>`);
      const fallback = shadow(standard).querySelector('slot[name="disclaimer"] medical-disclaimer')!;
      await elementUpdated(fallback);
      expect(fallback.shadowRoot!.textContent).to.contain('Not medical advice.');
      const slot = shadow(own).querySelector<HTMLSlotElement>('slot[name="disclaimer"]')!;
      expect(slot.assignedElements()[0].textContent).to.equal('Our own notice.');
    });

    for (const layout of ['article', 'accordion', 'steps']) {
      it(`stays accessible in the dark theme (${layout})`, async () => {
        const el = await guide(html`<procedure-guide procedure="necklift" layout=${layout} theme="dark"></procedure-guide>`);
        expect(getComputedStyle(shadow(el).querySelector('[part="timeline"]')!).backgroundColor).to.equal('rgb(30, 43, 57)');
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('the render command', () => {
    const render = (args: string[]) => executeServerCommand<{ status: number; stdout: string; stderr: string }, { args: string[] }>('render-cli', { args });

    it('prints static HTML that the element then enhances without rendering it again', async () => {
      const { status, stdout, stderr } = await render([
        'render',
        '--procedure',
        'necklift',
        '--clinic-name',
        'Miller Plastic Surgery',
        '--layout',
        'accordion',
      ]);
      expect(status).to.equal(0);
      expect(stderr).to.equal('');
      expect(stdout).to.contain('<procedure-guide procedure="necklift" layout="accordion">');
      expect(stdout.match(/<section [^>]*data-guide-section/g)).to.have.length(11);
      expect(stdout).to.contain('<h2 id="risks-heading">All surgery carries some uncertainty and risk</h2>');
      expect(stdout.match(/application\/ld\+json/g)).to.have.length(1);

      // Paste it into a page, as an agency would, before the element upgrades.
      const page = document.createElement('div');
      page.innerHTML = stdout;
      const staticSections = [...page.querySelectorAll('section[data-guide-section]')];
      const el = page.querySelector('procedure-guide') as ProcedureGuide;
      document.body.append(page);
      try {
        await waitUntil(() => el.querySelector('#risks-heading > button'), 'the static guide was not enhanced');
        expect(sectionsOf(el)).to.deep.equal(staticSections);
        expect(el.querySelector('[data-guide-generated]')).to.equal(null);
        expect(el.querySelector('#risks-heading > button')!.getAttribute('aria-expanded')).to.equal('false');
        expect(document.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
      } finally {
        page.remove();
      }
    });

    it('prints the table of contents and disclaimer the enhanced guide shows, and the guide then uses them', async () => {
      const { status, stdout } = await render(['render', '--procedure', 'necklift', '--no-structured-data']);
      expect(status).to.equal(0);
      const page = document.createElement('div');
      page.innerHTML = stdout;
      const toc = page.querySelector<HTMLElement>('procedure-guide > nav[slot="toc"]')!;
      const disclaimer = page.querySelector<HTMLElement>('procedure-guide > medical-disclaimer[slot="disclaimer"]')!;
      expect([...toc.querySelectorAll('a')].map((a) => a.getAttribute('href')))
        .to.have.length(11)
        .and.include('#risks');
      expect(toc.textContent).to.contain('On this page');
      expect(disclaimer.textContent).to.contain('Not medical advice.');
      const el = page.querySelector('procedure-guide') as ProcedureGuide;
      document.body.append(page);
      try {
        await waitUntil(() => el.shadowRoot?.querySelector('slot[name="toc"]'), 'the guide did not take the printed table of contents');
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part="toc"]'), 'no second table of contents').to.equal(null);
        expect(el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="toc"]')!.assignedElements()).to.deep.equal([toc]);
        expect(el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="disclaimer"]')!.assignedElements()).to.deep.equal([disclaimer]);
        expect(toc.querySelectorAll('a[aria-current]')).to.have.length(1);
        await el.goTo('risks');
        await el.updateComplete;
        expect(toc.querySelector('a[aria-current="location"]')!.getAttribute('href')).to.equal('#risks');
        expect(getComputedStyle(toc).borderTopStyle, 'styled like its own').to.equal('solid');
      } finally {
        page.remove();
      }
    });

    it('renders a guide from a JSON file and reports its problems by path', async () => {
      const good = await render(['render', 'test/fixtures/browlift.json', '--clinic-name', 'Sol Clinic', '--no-structured-data']);
      expect(good.status).to.equal(0);
      expect(good.stdout)
        .to.contain('Considering a browlift at Sol Clinic')
        .and.contain('&lt;img src=x onerror="window.guideXss = true"&gt; is shown as text.');
      expect(good.stdout).not.to.contain('ld+json');

      const bad = await render(['render', 'test/fixtures/invalid-guide.json']);
      expect(bad.status).to.equal(1);
      expect(bad.stdout).to.equal('');
      expect(bad.stderr).to.contain('sections[1].heading: expected text');
    });

    it('explains its usage and rejects unknown guides and options', async () => {
      expect((await render(['--help'])).stdout).to.contain('clinic-elements render --procedure <necklift|facelift>');
      const unknown = await render(['render', '--procedure', 'rhinoplasty']);
      expect(unknown.status).to.equal(1);
      expect(unknown.stderr).to.contain('The built-in guides are: necklift, facelift.');
      expect((await render(['render', '--procedure', 'necklift', '--layout', 'tabs'])).status).to.equal(2);
    });
  });
});
