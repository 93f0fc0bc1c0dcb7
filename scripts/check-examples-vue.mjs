// The Vue 3 part of `npm run examples` (scripts/check-examples.mjs passes its page helpers): Vue
// state driven by the elements' events, the boxes in the form (`:checked` + `@change` on the Terms,
// `type="checkbox" v-model` on the email consent) and what the form sends.

/** Checks examples/vue/dist/ (built by the caller); resolves to the summary line, or null when a problem was reported. */
export async function checkVueExample({ openPage, checkRendered, checkInteractions, expectSoon, clickInShadow, allTags, problems }) {
  const before = problems.length;
  const { page, context, report } = await openPage('examples/vue', '/examples/vue/dist/');
  await checkRendered(page, report, allTags);
  const text = (id) => page.evaluate((id) => document.getElementById(id)?.textContent.replace(/\s+/g, ' ').trim() ?? '', id);
  if ((await text('consent-status')) !== 'No cookie decision yet.') report(`unexpected consent status before a decision: "${await text('consent-status')}"`);

  await checkInteractions(page, report);
  await expectSoon(page, report, `consent-change did not reach Vue (status: "${await text('consent-status')}")`, () =>
    document.getElementById('consent-status').textContent.includes('(accept-all)'),
  );
  await expectSoon(page, report, 'age-verified did not reach Vue', () => document.getElementById('age-status').textContent.trim() === 'Age confirmed.');

  // <terms-accept> with :checked and @change: the tick reaches Vue state and the form, and Vue state unticks it.
  const termsBox = () => clickInShadow(page, 'terms-accept', '[part="checkbox"]');
  const formValue = (name) => page.evaluate((name) => new FormData(document.querySelector('#sign-up form')).get(name), name);
  await termsBox();
  await expectSoon(page, report, '@change of <terms-accept> did not reach Vue', () =>
    document.getElementById('terms-status').textContent.trim().startsWith('Terms ticked.'),
  );
  await expectSoon(page, report, '@terms-accepted did not reach Vue', () =>
    /Accepted version 2024-05 \(text hash [0-9a-f]{12}…\)/.test(document.getElementById('terms-status').textContent),
  );
  if ((await formValue('terms')) !== 'accepted') report(`ticking <terms-accept> did not put terms=accepted in the form (got ${await formValue('terms')})`);
  await page.getByRole('button', { name: 'Untick the Terms' }).click();
  await expectSoon(
    page,
    report,
    'Vue state did not untick <terms-accept> (:checked)',
    () =>
      document.querySelector('terms-accept').checked === false && document.getElementById('terms-status').textContent.trim().startsWith('Terms not ticked.'),
  );
  if ((await formValue('terms')) !== null) report('the unticked Terms are still in the form');

  // <consent-checkbox> with type="checkbox" v-model: the model follows the box, the events reach Vue.
  const emailBox = () => clickInShadow(page, 'consent-checkbox', '[part="checkbox"]');
  await emailBox();
  await expectSoon(page, report, `v-model of <consent-checkbox> or consent-given did not reach Vue (status: "${await text('email-status')}")`, () =>
    /^\s*Email box ticked\.\s+Email consent given \(statement built-in-1\)\.\s*$/.test(document.getElementById('email-status').textContent),
  );
  await emailBox();
  await expectSoon(page, report, 'v-model of <consent-checkbox> or consent-withdrawn did not follow the untick', () =>
    /^\s*Email box not ticked\.\s+Email consent withdrawn/.test(document.getElementById('email-status').textContent),
  );
  await emailBox();

  // What the form sends, read by the Vue submit handler.
  await termsBox();
  await page.getByLabel('Email', { exact: true }).fill('patient@example.com');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expectSoon(
    page,
    report,
    `the form did not send the ticked boxes (got "${await text('sent-status')}")`,
    () => document.getElementById('sent-status').textContent.trim() === 'Sent terms=accepted, email-consent=yes.',
  );

  // :layout and :theme follow Vue state; section-change and notice-dismiss reach it.
  await page.getByRole('radio', { name: 'steps' }).check();
  await expectSoon(page, report, 'the guide did not follow the layout from Vue state', () => document.querySelector('procedure-guide').layout === 'steps');
  await expectSoon(page, report, 'the steps layout showed no Next button', () =>
    document.querySelector('procedure-guide').shadowRoot.querySelector('[part="step-buttons"] button.primary'),
  );
  await clickInShadow(page, 'procedure-guide', '[part="step-buttons"] button.primary');
  await expectSoon(page, report, 'section-change did not reach Vue', () =>
    document.getElementById('section-status').textContent.trim().startsWith('Reading section 2:'),
  );
  await page.getByLabel('Theme').selectOption('dark');
  await expectSoon(page, report, 'the provider did not follow the theme from Vue state', () => document.querySelector('clinic-provider').theme === 'dark');
  await clickInShadow(page, 'site-notice', '[part="dismiss-button"]');
  await expectSoon(
    page,
    report,
    'notice-dismiss did not reach Vue',
    () => document.getElementById('notice-status').textContent.trim() === 'Notice privacy-2024-05 dismissed.',
  );

  (await page.evaluate(() => window.cspViolations)).forEach((v) => report(`CSP violation: ${v}`));
  await context.close();
  return problems.length === before
    ? `examples/vue: ${allTags.length} elements rendered in Vue 3 (development build, Vite with no bundler warning), consent-change, age-verified, change, terms-accepted, consent-given, consent-withdrawn, section-change and notice-dismiss reached Vue state; :checked, v-model (type="checkbox"), layout and theme followed it; the form sent terms=accepted and email-consent=yes`
    : null;
}
