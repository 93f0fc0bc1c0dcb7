// Keyboard hardening: keyboard-only walk-throughs of the demo clinic page (served by serve.mjs with
// its strict CSP), pressing only keys (Tab, Shift+Tab, Enter, Space, Escape, arrows, End, digits):
//
//   age gate (confirm) → the whole page with the cookie bar open → cookie decision (Customize, a
//   switch, Save) → guide contents link → accordion toggles → request form with the Terms box →
//   floating cookie button; then, on demo/states/, the date-of-birth age gate, an age gate on one
//   section far down a page, the Terms gate (End to reach the end) and a modal cookie banner.
//
// After EVERY key press the focused element (looked up through shadow roots) must exist and not be
// <body> (unless the step says why that is right, or Tab has left the page for the browser's
// toolbar), show a focus indicator (an outline, a box-shadow, or a border or background that
// differs from the same element unfocused; headings and regions focused by script with
// tabindex="-1" are not controls and are exempt), lie in the viewport, and be what is hit at its
// centre: not covered by the cookie banner (or anything else), and not behind an open modal dialog.
//
//   node scripts/hardening/keyboard.mjs      (exit 1 on failures; KEYBOARD_TRACE=1 prints every
//   step, KEYBOARD_SHOTS=<dir> saves a screenshot of each step with a problem)
import { settle as settlePage, withBrowser } from './harness.mjs';
import { checker, runWhenMain } from './report.mjs';

export const title = 'Keyboard only: demo walk-throughs with focus checked after every key';

/** Runs in the page: describes the focused element and everything wrong with its focus (exported for ad-hoc checks). */
export function inspectFocus({ allowBody }) {
  const problems = [];
  let focused = document.activeElement;
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
  const hosts = [];
  for (let node = focused; node; node = node.parentNode ?? node.host) if (node.host) hosts.unshift(node.host.localName);
  const describe = (element) => {
    if (!element) return 'nothing';
    const text = (element.getAttribute('aria-label') || element.textContent || element.getAttribute('name') || '').replace(/\s+/g, ' ').trim().slice(0, 40);
    const part = element.getAttribute('part') ? `[part=${element.getAttribute('part')}]` : '';
    const id = element.id ? `#${element.id}` : '';
    return `${element.localName}${id}${part}${text ? ` "${text}"` : ''}`;
  };
  const label = `${hosts.length ? `${hosts.join(' > ')} > ` : ''}${describe(focused)}`;
  if (!focused || focused === document.documentElement) return { label, problems: ['nothing has focus'] };
  // Past the last element of the page (or of a modal dialog) Tab takes focus to the browser's own
  // toolbar: the document loses focus, which is the browser's normal cycle, not a lost focus.
  if (focused === document.body && !document.hasFocus()) return { label: 'the browser toolbar (focus left the page)', problems: [] };
  if (focused === document.body) return { label, problems: allowBody ? [] : ['focus fell to <body>'] };

  // Composed-tree helpers.
  const parentOf = (node) => node.assignedSlot ?? node.parentNode ?? node.host ?? null;
  const contains = (ancestor, node) => {
    for (let n = node; n; n = parentOf(n)) if (n === ancestor) return true;
    return false;
  };
  const deepHit = (x, y) => {
    let root = document;
    let hit = null;
    for (;;) {
      const next = root.elementFromPoint(x, y);
      if (!next || next === hit) return hit;
      hit = next;
      if (!next.shadowRoot) return hit;
      root = next.shadowRoot;
    }
  };
  const allRoots = (root = document, found = [document]) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) {
        found.push(element.shadowRoot);
        allRoots(element.shadowRoot, found);
      }
    }
    return found;
  };

  // A focus indicator: outline or box-shadow, else a border or background unlike the unfocused look.
  const style = getComputedStyle(focused);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && style.outlineColor !== 'rgba(0, 0, 0, 0)';
  const shadow = style.boxShadow !== 'none';
  let indicator = outline || shadow;
  if (!indicator) {
    const clone = focused.cloneNode(false);
    clone.removeAttribute('id');
    clone.setAttribute('aria-hidden', 'true');
    focused.after(clone);
    const plain = getComputedStyle(clone);
    indicator = ['borderTopColor', 'borderTopWidth', 'borderBottomColor', 'borderBottomWidth', 'backgroundColor', 'textDecorationLine'].some(
      (key) => plain[key] !== style[key],
    );
    clone.remove();
  }
  // Headings and regions with tabindex="-1" are focused by script so screen readers start there;
  // they are not controls (WCAG 2.4.7 asks for an indicator on keyboard-operable components).
  const programmaticTarget =
    focused.getAttribute('tabindex') === '-1' &&
    !focused.matches('a[href], button, input, select, textarea, summary, [role=button], [role=link], [role=switch], [role=checkbox]');
  if (!indicator && !programmaticTarget)
    problems.push(
      `no visible focus indicator (outline ${style.outlineStyle} ${style.outlineWidth}, box-shadow ${style.boxShadow}, border and background as unfocused; :focus-visible ${focused.matches(':focus-visible')})`,
    );

  // In the viewport: a visible part of the element at least 24 px (or the whole of it) each way.
  const rect = focused.getBoundingClientRect();
  const visible = {
    left: Math.max(rect.left, 0),
    top: Math.max(rect.top, 0),
    right: Math.min(rect.right, innerWidth),
    bottom: Math.min(rect.bottom, innerHeight),
  };
  const visibleWidth = visible.right - visible.left;
  const visibleHeight = visible.bottom - visible.top;
  if (rect.width === 0 || rect.height === 0 || style.visibility !== 'visible')
    problems.push(`not rendered (${rect.width}×${rect.height}, visibility ${style.visibility})`);
  else if (visibleWidth < Math.min(rect.width, 24) - 0.5 || visibleHeight < Math.min(rect.height, 24) - 0.5) {
    problems.push(`outside the viewport (top ${Math.round(rect.top)}, bottom ${Math.round(rect.bottom)}, viewport ${innerHeight})`);
  } else {
    // What is on top at the centre of its visible part must be the element (or inside it, or an ancestor).
    const x = (visible.left + visible.right) / 2;
    const y = (visible.top + visible.bottom) / 2;
    const hit = deepHit(x, y);
    if (hit && !contains(focused, hit) && !contains(hit, focused)) {
      const banner = document.querySelector('cookie-banner');
      const by = banner && contains(banner, hit) ? 'the cookie banner' : describe(hit);
      problems.push(`covered by ${by} at its centre (${Math.round(x)}, ${Math.round(y)})`);
    }
  }

  // Not behind an open modal dialog.
  const modals = allRoots()
    .flatMap((root) => [...root.querySelectorAll('dialog')])
    .filter((dialog) => dialog.matches(':modal'));
  if (modals.length && !modals.some((dialog) => contains(dialog, focused))) problems.push(`behind an open modal dialog (${modals.map(describe).join(', ')})`);
  return { label, problems };
}

export async function run() {
  const { check, failures, count, counted } = checker();
  const tally = { steps: 0, focusProblems: 0 };
  await withBrowser({}, async ({ visitor }) => {
    const walker = (scenario) => newWalker({ visitor, check, failures, count, tally }, scenario);
    for (const walkThrough of [demoPage, birthdateAgeGate, sectionAgeGate, termsGate, modalCookieBanner]) await walkThrough(walker);
  });
  return { checks: counted(), failures, figures: { 'keyboard steps': tally.steps, 'focus problems': tally.focusProblems } };
}

/** A fresh visitor for one scenario, with the key presses and focus checks its walk-through uses. */
async function newWalker({ visitor, check, failures, count, tally }, scenario) {
  const { context, page } = await visitor({ timeout: 8000, onPageError: (error) => failures.push(`${scenario}: page error: ${error.message}`) });

  /** Waits until what the key started is done: loads finished, frames painted, scrolling stopped. */
  const settle = () => settlePage(page, { limit: 2000, step: 20, until: scrollStopped });

  /** One key press, then the focus checks. `allowBody` says why <body> is right after this key. */
  const press = async (key, { allowBody = null } = {}) => {
    await page.keyboard.press(key);
    await settle();
    tally.steps += 1;
    const { label, problems } = await page.evaluate(inspectFocus, { allowBody: Boolean(allowBody) });
    count();
    if (problems.length && process.env.KEYBOARD_SHOTS) await page.screenshot({ path: `${process.env.KEYBOARD_SHOTS}/step-${tally.steps}.png` });
    if (process.env.KEYBOARD_TRACE)
      console.error(
        `${scenario} ${tally.steps} ${key} → ${label}${allowBody && label.startsWith('body') ? ` (${allowBody})` : ''}${problems.length ? ` ✗ ${problems.join('; ')}` : ''}`,
      );
    for (const problem of problems) {
      tally.focusProblems += 1;
      failures.push(`${scenario}, step ${tally.steps} (${key}) on ${label}: ${problem}`);
    }
    return label;
  };

  /** The focused element through shadow roots matches `selector` (checked in its own root). */
  const focusedMatches = (selector, host = null) =>
    page.evaluate(
      ([s, h]) => {
        let focused = document.activeElement;
        const path = [focused];
        while (focused?.shadowRoot?.activeElement) path.push((focused = focused.shadowRoot.activeElement));
        if (h && !path.some((element) => element.localName === h)) return false;
        return Boolean(focused?.matches(s));
      },
      [selector, host],
    );

  /** Presses `key` until the focus is on `selector` (inside `host`), at most `max` times. */
  const moveTo = async (what, selector, { host = null, key = 'Tab', max = 40 } = {}) => {
    for (let i = 0; i < max; i += 1) {
      await press(key);
      if (await focusedMatches(selector, host)) return check(true, '');
    }
    return check(false, `${scenario}: ${key} ×${max} never reached ${what}`);
  };

  const expect = async (what, predicate, arg) => {
    try {
      await page.waitForFunction(predicate, arg, { timeout: 4000 });
      return check(true, '');
    } catch {
      return check(false, `${scenario}: ${what}`);
    }
  };

  return { context, page, press, moveTo, expect, focusedMatches, settle, check };
}

/** Runs in the page: resolves once scrolling has stopped. */
function scrollStopped() {
  return new Promise((done) => {
    let last = '';
    let still = 0;
    let frames = 0;
    const tick = () => {
      const now = `${scrollX},${scrollY}`;
      still = now === last ? still + 1 : 0;
      last = now;
      // At least four frames (the banner scrolls a focused element clear two frames after
      // focus), then three frames without scrolling.
      if ((++frames >= 4 && still >= 3) || frames > 120) done();
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** The demo page: age gate, cookie decision, guide, terms form. */
async function demoPage(walker) {
  const { context, page, press, moveTo, expect, focusedMatches, check } = await walker('demo');
  await page.goto('/demo/');
  await expect('the age gate did not open', () => document.querySelector('age-gate')?.shadowRoot?.querySelector('dialog')?.open);

  // Age gate (mode="confirm"): Tab to "I am 18 or older", Enter.
  if (await moveTo('the age gate\'s "18 or older" button', '[part="yes-button"]', { host: 'age-gate', max: 6 })) {
    await press('Enter', { allowBody: 'the gate closed; the dialog gives focus back to where it was before it opened, the start of the page' });
    await expect('Enter on "18 or older" did not close the age gate', () => !document.querySelector('age-gate').shadowRoot.querySelector('dialog').open);
  }

  // With the cookie bar still open, Tab through the whole page to its end: nothing focused may
  // hide under the bar (WCAG 2.4.11). Then on round to the banner.
  await expect('the cookie banner did not show', () => document.querySelector('cookie-banner')?.shadowRoot?.querySelector('section.banner'));
  let leftPage = false;
  for (let i = 0; i < 150 && !leftPage; i += 1) {
    await press('Tab');
    leftPage = await page.evaluate(() => !document.hasFocus());
  }
  check(leftPage, 'demo: Tab ×150 with the cookie bar open never reached the end of the page');
  check(
    await page.evaluate(() => Boolean(document.querySelector('cookie-banner').shadowRoot.querySelector('section.banner'))),
    'demo: the cookie bar closed while tabbing through the page',
  );

  // (a) Cookie decision: Tab into the banner, Customize, switch analytics on with Space, Save.
  if (await moveTo("the banner's Customize button", '[part="customize-button"]', { host: 'cookie-banner', max: 10 })) {
    await press('Enter');
    await expect(
      'Enter on Customize did not open the preferences',
      () => document.querySelector('cookie-banner').shadowRoot.querySelector('#preferences')?.open,
    );
    if (await moveTo('the analytics switch', '#switch-analytics', { host: 'cookie-banner', max: 6 })) {
      await press('Space');
      await expect(
        'Space did not turn the analytics switch on',
        () => document.querySelector('cookie-banner').shadowRoot.querySelector('#switch-analytics').checked,
      );
    }
    // Past each service's switch and its privacy link under the categories after analytics.
    if (await moveTo('Save my choices', '[part="save-button"]', { host: 'cookie-banner', max: 14 })) {
      await press('Enter');
      await expect(
        'Save did not record the decision',
        () =>
          window.clinicConsent?.decision?.categories?.analytics === true && !document.querySelector('cookie-banner').shadowRoot.querySelector('section.banner'),
      );
      check(!(await focusedMatches('body')), 'demo: focus was lost after Save');
    }
  }

  // (d) Guide: a table-of-contents link, Enter: the section heading has focus and is in view.
  if (await moveTo('the guide\'s "Risks" contents link', 'a[href="#risks"]', { host: 'procedure-guide', max: 30 })) {
    await press('Enter');
    await expect('Enter on the contents link did not focus the Risks heading', () => {
      const focused = document.activeElement;
      return focused?.matches('procedure-guide section h2') && focused.closest('section').id === 'risks';
    });
    // From the heading, Tab continues after it, not back at the top of the page or the contents.
    await press('Tab');
    check(
      await page.evaluate(() => {
        const risks = document.getElementById('risks');
        let focused = document.activeElement;
        while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
        if (!focused || focused === document.body) return false;
        if (focused.getRootNode() === document)
          return risks.contains(focused) || (risks.compareDocumentPosition(focused) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
        // In a shadow root: the guide's own controls after its text (not its contents list), or a later element.
        const host = focused.getRootNode().host;
        if (host.localName === 'procedure-guide') return !focused.closest('[part="toc"]');
        return (risks.compareDocumentPosition(host) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 || risks.contains(host);
      }),
      'demo: Tab after the focused Risks heading did not continue from there',
    );
  }

  // The accordion layout (as a clinic would write layout="accordion"), reloaded: the pass and the
  // cookie decision are remembered, so nothing asks again. Toggles open and close with Enter.
  await page.evaluate(() => sessionStorage.clear());
  await page.goto('/demo/');
  await page.evaluate(async () => {
    await customElements.whenDefined('procedure-guide');
    const guide = document.querySelector('procedure-guide');
    guide.setAttribute('layout', 'accordion');
    await guide.updateComplete;
  });
  await expect(
    'the reloaded demo asked again (age gate or cookie banner)',
    () =>
      !document.querySelector('age-gate').shadowRoot.querySelector('dialog')?.open &&
      !document.querySelector('cookie-banner').shadowRoot.querySelector('section.banner'),
  );
  await expect('the guide did not switch to the accordion', () => document.querySelectorAll('procedure-guide button[data-guide-toggle]').length === 11);
  if (await moveTo('the first accordion toggle', 'button[data-guide-toggle]', { max: 30 })) {
    await press('Tab');
    await expect(
      'Tab from the first toggle did not reach the second',
      () => document.activeElement === document.querySelectorAll('procedure-guide button[data-guide-toggle]')[1],
    );
    await press('Enter');
    await expect('Enter did not open the section', () => document.activeElement?.matches('button[data-guide-toggle][aria-expanded="true"]'));
    await press('Enter');
    await expect('Enter again did not close the section', () => document.activeElement?.matches('button[data-guide-toggle][aria-expanded="false"]'));
    await press('Shift+Tab');
    await expect(
      'Shift+Tab did not go back to the first toggle',
      () => document.activeElement === document.querySelectorAll('procedure-guide button[data-guide-toggle]')[0],
    );
  }

  // (c) The request form: phone number, submit without the Terms box (focus goes to it), Space,
  // submit without the health-data consent (focus goes to it), Space, submit.
  if (await moveTo('the phone field', 'input[name="phone"]', { max: 40 })) {
    for (const digit of '3055550100') await press(digit);
    if (await moveTo("the request form's submit button", '.request-form button[type="submit"]', { max: 12 })) {
      await press('Enter');
      await expect('submitting without the Terms box did not move focus to it', () => {
        const terms = document.querySelector('.request-form terms-accept');
        return document.activeElement === terms && terms.shadowRoot.activeElement?.matches('input[type="checkbox"]');
      });
      await expect('the form was sent without the Terms box', () => document.querySelector('.form-status').textContent === '');
      await press('Space');
      await expect('Space did not tick the Terms box', () => document.querySelector('.request-form terms-accept').checked);
      if (await moveTo('the submit button again', '.request-form button[type="submit"]', { max: 8 })) {
        await press('Enter');
        await expect('submitting without the health-data consent did not move focus to it', () => {
          const consent = document.querySelector('.request-form consent-checkbox[purpose="health-data"]');
          return document.activeElement === consent && consent.shadowRoot.activeElement?.matches('input[type="checkbox"]');
        });
        await expect('the form was sent without the health-data consent', () => document.querySelector('.form-status').textContent === '');
        await press('Space');
        await expect(
          'Space did not tick the health-data consent',
          () => document.querySelector('.request-form consent-checkbox[purpose="health-data"]').checked,
        );
        if (await moveTo('the submit button a third time', '.request-form button[type="submit"]', { max: 6 })) {
          await press('Enter');
          await expect('the form was not sent with the Terms and the health-data consent given', () =>
            document.querySelector('.form-status').textContent.startsWith('Thank you'),
          );
        }
      }
    }
  }

  // The floating cookie settings button reopens the preferences; Escape closes them and focus
  // returns to the button.
  if (await moveTo('the floating cookie settings button', '[part="floating-button"]', { host: 'cookie-banner', max: 40 })) {
    await press('Enter');
    await expect(
      'Enter on the floating button did not open the preferences',
      () => document.querySelector('cookie-banner').shadowRoot.querySelector('#preferences')?.open,
    );
    await press('Escape');
    await expect('Escape did not close the preferences', () => !document.querySelector('cookie-banner').shadowRoot.querySelector('#preferences').open);
    check(await focusedMatches('[part="floating-button"]', 'cookie-banner'), 'demo: focus did not return to the floating button after Escape');
  }
  await context.close();
}

/** (b) The date-of-birth age gate. */
async function birthdateAgeGate(walker) {
  const { context, page, press, moveTo, expect, focusedMatches, check } = await walker('age gate (date of birth)');
  await page.goto('/demo/states/?scenario=age-page&mode=birthdate');
  await expect('the age gate did not open', () => document.querySelector('age-gate')?.shadowRoot?.querySelector('dialog')?.open);
  const fields = await page.evaluate(() => [...document.querySelector('age-gate').shadowRoot.querySelectorAll('input')].map((input) => input.name));
  // Fills the fields in the order shown (month first in US English), clearing each one first.
  const typeDate = async (date) => {
    for (const [index, field] of fields.entries()) {
      if (index > 0) await press('Tab');
      check(await focusedMatches(`input[name="${field}"]`, 'age-gate'), `age gate (date of birth): Tab did not reach the ${field} field`);
      if (await page.evaluate(() => document.querySelector('age-gate').shadowRoot.activeElement?.value)) {
        await press('End');
        for (let i = 0; i < 4; i += 1) await press('Backspace');
      }
      for (const character of date[field]) await press(character);
    }
  };
  if (await moveTo(`the ${fields[0]} field`, `input[name="${fields[0]}"]`, { host: 'age-gate', max: 4 })) {
    await typeDate({ day: '31', month: '02', year: '1990' });
    await press('Enter');
    await expect(
      'an impossible date gave no message',
      () => document.querySelector('age-gate').shadowRoot.querySelector('[part="error"]').textContent.trim() !== '',
    );
    check(await focusedMatches('input[aria-invalid="true"]', 'age-gate'), 'age gate (date of birth): focus did not move to the first field in error');
    for (let i = 0; i < fields.length && !(await focusedMatches(`input[name="${fields[0]}"]`, 'age-gate')); i += 1) await press('Shift+Tab');
    await typeDate({ day: '15', month: '06', year: '1980' });
    await press('Enter', { allowBody: 'the gate closed; the dialog gives focus back to where it was before it opened, the start of the page' });
    await expect('a real adult date did not close the gate', () => !document.querySelector('age-gate').shadowRoot.querySelector('dialog').open);
  }
  await context.close();
}

/**
 * An age gate on one section far down a page: it must not take focus (or scroll the page) on load; passing it with
 * the keyboard leaves focus on the content it revealed, not <body>.
 */
async function sectionAgeGate(walker) {
  const { context, page, press, moveTo, expect, settle, check } = await walker('content age gate');
  await page.goto('/demo/states/?scenario=content-gate&mode=confirm');
  await expect(
    'the section gate did not render',
    () => document.documentElement.dataset.states === 'ready' && document.querySelector('age-gate')?.shadowRoot?.querySelector('[part="yes-button"]'),
  );
  await settle();
  const onLoad = await page.evaluate(() => ({ scrollY: Math.round(scrollY), focused: document.activeElement?.localName }));
  check(
    onLoad.scrollY === 0 && onLoad.focused === 'body',
    `content age gate: on load the page scrolled to ${onLoad.scrollY} px and focus went to <${onLoad.focused}> before any key was pressed`,
  );
  await press('Tab');
  await expect('the first Tab did not start at the top of the page', () => document.activeElement?.matches('main > p > a[href="../"]'));
  if (await moveTo('the gate\'s "18 or older" button', '[part="yes-button"]', { host: 'age-gate', max: 4 })) {
    await press('Enter');
    await expect('Enter on "18 or older" did not reveal the section', () => !document.querySelector('age-gate').shadowRoot.querySelector('.content').hidden);
    await press('Tab');
    await expect('Tab after passing did not reach the revealed link', () => document.activeElement?.matches('age-gate a[href="../#consultation"]'));
  }
  await context.close();
}

/** The Terms gate: reach the end of the Terms with End, then Accept. */
async function termsGate(walker) {
  const { context, page, press, moveTo, expect } = await walker('terms gate');
  await page.goto('/demo/states/?scenario=terms-gate');
  await expect('the Terms gate did not open', () => document.querySelector('terms-accept')?.shadowRoot?.querySelector('dialog')?.open);
  if (await moveTo('the Terms region', '[part="document"]', { host: 'terms-accept', max: 4 })) {
    await press('ArrowDown');
    await press('PageDown');
    await press('End');
    await expect(
      'End did not reach the end of the Terms (Accept still disabled)',
      () => !document.querySelector('terms-accept').shadowRoot.querySelector('[part="accept-button"]').disabled,
    );
    if (await moveTo('Accept', '[part="accept-button"]', { host: 'terms-accept', max: 3 })) {
      await press('Enter', { allowBody: 'the gate closed; the dialog gives focus back to where it was before it opened, the start of the page' });
      await expect('Enter on Accept did not close the gate', () => !document.querySelector('terms-accept').shadowRoot.querySelector('dialog').open);
    }
  }
  await context.close();
}

/** A modal cookie banner: Tab stays inside, Escape does not dismiss it, Reject all. */
async function modalCookieBanner(walker) {
  const { context, page, press, moveTo, expect } = await walker('modal cookie banner');
  await page.goto('/demo/states/?scenario=banner&layout=modal');
  await expect('the modal banner did not open', () => document.querySelector('cookie-banner')?.shadowRoot?.querySelector('#first-layer')?.open);
  await press('Escape');
  await expect('Escape dismissed the modal banner', () => document.querySelector('cookie-banner').shadowRoot.querySelector('#first-layer').open);
  for (let i = 0; i < 6; i += 1) await press('Tab');
  for (let i = 0; i < 2; i += 1) await press('Shift+Tab');
  if (await moveTo('Reject all', '[part="reject-button"]', { host: 'cookie-banner', max: 6 })) {
    await press('Enter');
    await expect(
      'Reject all did not close the modal banner',
      () => !document.querySelector('cookie-banner').shadowRoot.querySelector('#first-layer').open && window.clinicConsent?.decision?.method === 'reject-all',
    );
  }
  await context.close();
}

await runWhenMain(import.meta, title, run);
