import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../src/components/clinic-provider/define.js';
import '../src/components/terms-accept/define.js';
import '../src/components/consent-checkbox/define.js';
import type { ConsentCheckbox } from '../src/components/consent-checkbox/consent-checkbox.js';
import type { SeparateConsentReceipt } from '../src/core/receipts/types.js';
import { sha256 } from '../src/core/platform/sha256.js';
import { visibleText, warningsOfEachTest } from './helpers.js';

type Pairs = [string, string][];

/** The appointment form of a clinic: Terms, then the separate consents, posted to the test server's form handler in a frame. */
async function appointmentForm(consents: string): Promise<{ form: HTMLFormElement; boxes: ConsentCheckbox[] }> {
  await fetch('/api/forms?reset', { method: 'POST' });
  const wrapper = await fixture<HTMLElement>(`
    <div>
      <clinic-provider clinic-name="Harbor Dermatology" privacy-href="/privacy" storage-namespace="consent-checkbox" record-endpoint="/api/receipts">
        <form method="post" action="/api/forms" target="sent">
          <input name="email" value="pat@example.com" />
          <fieldset>${consents}</fieldset>
          <button>Send</button>
        </form>
      </clinic-provider>
      <iframe name="sent" title="Sent"></iframe>
    </div>`);
  const boxes = [...wrapper.querySelectorAll('consent-checkbox')];
  await Promise.all(boxes.map((box) => box.updateComplete));
  await Promise.all(boxes.map((box) => box.statementHash));
  return { form: wrapper.querySelector('form')!, boxes };
}

/** Submits `form` as a visitor would and returns the body the handler received. */
async function submitted(form: HTMLFormElement): Promise<Pairs> {
  form.requestSubmit();
  let bodies: Pairs[] = [];
  await waitUntil(async () => (bodies = await (await fetch('/api/forms')).json()).length === 1, 'the form was not posted');
  return bodies[0];
}

const box = (el: ConsentCheckbox, index = 0) => el.shadowRoot!.querySelectorAll('input')[index];
const tick = async (el: ConsentCheckbox, index = 0) => {
  box(el, index).click();
  await el.updateComplete;
};
const receipts = async (): Promise<SeparateConsentReceipt[]> => (await (await fetch('/api/receipts')).json()).receipts;

describe('<consent-checkbox>', () => {
  const warnings = warningsOfEachTest({ resetReceipts: true });

  it('is unticked and optional: the form posts without it, and with exactly what was ticked', async () => {
    const { form, boxes } = await appointmentForm(`
      <consent-checkbox purpose="email-marketing" name="email-consent" checked required></consent-checkbox>
      <consent-checkbox purpose="sms" name="sms-consent"></consent-checkbox>`);
    const [email, sms] = boxes;
    expect(box(email).checked, 'never pre-checked').to.equal(false);
    expect(email.checkValidity(), 'marketing is never a condition').to.equal(true);
    expect(warnings.messages.some((m) => m.includes('<consent-checkbox> ignores checked'))).to.equal(true);
    expect(warnings.messages.some((m) => m.includes('ignores required on purpose="email-marketing"'))).to.equal(true);
    expect(visibleText(email)).to.include('Harbor Dermatology may send me emails about offers, events and news');

    await tick(sms);
    const body = await submitted(form);
    const hash = await sha256(sms.shownText);
    expect(body).to.deep.equal([
      ['email', 'pat@example.com'],
      ['sms-consent', 'yes'],
      ['sms-consent.version', 'built-in-1'],
      ['sms-consent.hash', hash],
      ['sms-consent.receipt', body.find(([name]) => name === 'sms-consent.receipt')![1]],
    ]);
    expect(sms.shownText).to.include('Reply STOP to any message to stop them.');
  });

  it('warns when its value is set to something other than text, as a plain Vue v-model does', async () => {
    const { boxes } = await appointmentForm(`<consent-checkbox purpose="sms" name="sms-consent"></consent-checkbox>`);
    expect(warnings.messages.filter((m) => m.includes('value='))).to.deep.equal([]);
    (boxes[0] as unknown as { value: unknown }).value = true;
    await boxes[0].updateComplete;
    expect(warnings.messages.some((m) => m.includes('<consent-checkbox> value=true is not valid') && m.includes(':checked and @change'))).to.equal(true);
  });

  it('makes one receipt per change: given, then withdrawn, with the events of the same detail', async () => {
    const { boxes } = await appointmentForm(`<consent-checkbox purpose="email-marketing" name="email-consent"></consent-checkbox>`);
    const [email] = boxes;
    const events: CustomEvent<SeparateConsentReceipt>[] = [];
    email.addEventListener('consent-given', (event) => events.push(event));
    email.addEventListener('consent-withdrawn', (event) => events.push(event));
    await tick(email);
    await waitUntil(async () => (await receipts()).length === 1, 'no receipt for the consent');
    await tick(email);
    await waitUntil(async () => (await receipts()).length === 2, 'no receipt for the withdrawal');
    const [given, withdrawn] = await receipts();
    const hash = await sha256(email.shownText);
    expect(given).to.include({
      type: 'separate-consent',
      purpose: 'email-marketing',
      field: 'email-consent',
      choice: 'given',
      version: 'built-in-1',
      hash,
      locale: 'en',
    });
    expect(withdrawn).to.include({ choice: 'withdrawn', hash });
    expect(withdrawn.id).to.not.equal(given.id);
    expect(
      Object.keys(given)
        .filter((key) => key !== 'serverTime')
        .sort(),
      'nothing about the person (the endpoint adds its own time)',
    ).to.deep.equal(['choice', 'clientTime', 'covers', 'field', 'hash', 'id', 'locale', 'purpose', 'type', 'version']);
    expect(events.map((event) => [event.type, event.detail.id, event.bubbles, event.composed])).to.deep.equal([
      ['consent-given', given.id, true, true],
      ['consent-withdrawn', withdrawn.id, true, true],
    ]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await receipts()).length, 'each receipt arrives once').to.equal(2);
  });

  it('blocks the form until a required health-data consent is given, and links the consumer health data policy', async () => {
    const { form, boxes } = await appointmentForm(`
      <consent-checkbox purpose="health-data" name="health" required health-data-href="/consumer-health-data"></consent-checkbox>`);
    const [health] = boxes;
    let sent = 0;
    form.addEventListener('submit', () => (sent += 1));
    form.requestSubmit();
    expect(sent).to.equal(0);
    expect(health.validity.valueMissing).to.equal(true);
    expect(health.validationMessage).to.equal('Tick this box to continue.');
    expect(health.hasAttribute('data-tried'), 'outlined after the try').to.equal(true);
    const link = health.shadowRoot!.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('/consumer-health-data');
    expect(health.shownText).to.include('collecting the health information I give in this form');
    expect(health.shownText, 'the link is part of what was shown').to.include('Consumer Health Data Policy');
    await tick(health);
    const body = await submitted(form);
    expect(body.filter(([name]) => name.startsWith('health')).map(([name]) => name)).to.deep.equal([
      'health',
      'health.version',
      'health.hash',
      'health.receipt',
    ]);
  });

  it('warns without health-data-href and links the Privacy Policy instead', async () => {
    const { boxes } = await appointmentForm(`<consent-checkbox purpose="health-data" name="health"></consent-checkbox>`);
    expect(boxes[0].shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('/privacy');
    expect(warnings.messages.some((m) => m.includes('<consent-checkbox> purpose="health-data" needs health-data-href'))).to.equal(true);
  });

  it('follows form.reset(), disabled fieldsets and back/forward restore', async () => {
    const { form, boxes } = await appointmentForm(`<consent-checkbox purpose="sms" name="sms-consent"></consent-checkbox>`);
    const [sms] = boxes;
    await tick(sms);
    expect(new FormData(form).get('sms-consent')).to.equal('yes');
    form.reset();
    await sms.updateComplete;
    expect(box(sms).checked).to.equal(false);
    expect(new FormData(form).has('sms-consent')).to.equal(false);
    form.querySelector('fieldset')!.disabled = true;
    await sms.updateComplete;
    expect(box(sms).disabled).to.equal(true);
    form.querySelector('fieldset')!.disabled = false;
    await sms.updateComplete;
    expect(box(sms).disabled).to.equal(false);
    sms.formStateRestoreCallback('[true]');
    await sms.updateComplete;
    expect(box(sms).checked).to.equal(true);
    expect(new FormData(form).get('sms-consent.version')).to.equal('built-in-1');
    sms.formStateRestoreCallback('not json');
    await sms.updateComplete;
    expect(box(sms).checked, 'a state it cannot read changes nothing').to.equal(true);
  });

  it('takes a photo release as separate choices: given only with a use and a place, posted as covers', async () => {
    const { form, boxes } = await appointmentForm(`<consent-checkbox purpose="photo-release" name="photos" required></consent-checkbox>`);
    const [release] = boxes;
    const labels = [...release.shadowRoot!.querySelectorAll('label')].map((label) => label.textContent!.trim());
    expect(labels).to.deep.equal(['Before-and-after photos', 'Video', 'This website', 'Social media', 'Printed materials (brochures, advertising)']);
    expect([...release.shadowRoot!.querySelectorAll('legend')].map((legend) => legend.textContent)).to.deep.equal([
      'What may be used',
      'Where it may be shown',
    ]);
    expect(visibleText(release)).to.include('You can revoke this release at any time by telling Harbor Dermatology.');
    await tick(release, 0);
    expect(release.checkValidity(), 'photos, but nowhere to show them').to.equal(false);
    expect(release.validationMessage).to.equal('Choose at least one thing that may be used and one place where it may be shown.');
    await tick(release, 2);
    expect(release.checkValidity()).to.equal(true);
    await waitUntil(async () => (await receipts()).length === 2, 'a receipt for each change');
    const body = await submitted(form);
    expect(body.filter(([name]) => name.startsWith('photos')).filter(([name]) => name !== 'photos.receipt' && name !== 'photos.hash')).to.deep.equal([
      ['photos', 'yes'],
      ['photos.version', 'built-in-1'],
      ['photos.covers', 'photos'],
      ['photos.covers', 'website'],
    ]);
    const [first, second] = await receipts();
    expect([first.choice, first.covers]).to.deep.equal(['withdrawn', ['photos']]);
    expect([second.choice, second.covers]).to.deep.equal(['given', ['photos', 'website']]);
  });

  it('offers only the uses the clinic lists, and warns of an unknown one', async () => {
    const { boxes } = await appointmentForm(`<consent-checkbox purpose="photo-release" name="photos" uses="photos website films"></consent-checkbox>`);
    const labels = [...boxes[0].shadowRoot!.querySelectorAll('label')].map((label) => label.textContent!.trim());
    expect(labels).to.deep.equal(['Before-and-after photos', 'This website']);
    expect(warnings.messages.some((m) => m.includes('uses="photos website films" has unknown uses (films)'))).to.equal(true);
  });

  it("proves the clinic's own statement: its version, and the hash of its words", async () => {
    const own = 'I agree that Harbor may text me about my appointments and offers.';
    const { boxes } = await appointmentForm(`
      <consent-checkbox purpose="sms" name="texts" version="2026-11">
        ${own}
      </consent-checkbox>
      <consent-checkbox purpose="custom" name="newsletter">Send me the quarterly newsletter.</consent-checkbox>`);
    const [texts, newsletter] = boxes;
    expect(texts.shownText).to.equal(own);
    expect(await texts.statementHash).to.equal(await sha256(own));
    expect(visibleText(texts)).to.equal(own);
    // Its box is named by those words, for checkers and readers that do not follow the slot.
    expect(box(texts).getAttribute('aria-label')).to.equal(own);
    await tick(texts);
    expect(new FormData(texts.form!).get('texts.version')).to.equal('2026-11');
    expect(warnings.messages.filter((m) => m.includes('has its own statement but no version')).length, 'the newsletter has no version').to.equal(1);
    expect(box(newsletter).disabled).to.equal(false);
  });

  it('warns of an unknown purpose and of a custom consent without a statement, which cannot be given', async () => {
    const { boxes } = await appointmentForm(
      `<consent-checkbox purpose="newsletter" name="news"></consent-checkbox><consent-checkbox name=""></consent-checkbox>`,
    );
    const [news] = boxes;
    expect(
      warnings.messages.some((m) =>
        m.includes('<consent-checkbox> purpose="newsletter" is not valid; expected one of email-marketing, sms, photo-release, health-data, custom'),
      ),
    ).to.equal(true);
    expect(warnings.messages.some((m) => m.includes('<consent-checkbox> name="" is not valid'))).to.equal(true);
    expect(box(news).disabled).to.equal(true);
    expect(news.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.equal('This consent has no statement yet, so it cannot be given.');
    expect(news.shadowRoot!.querySelector('label'), 'no empty label').to.equal(null);
  });

  it('speaks Spanish, and its hash is of the Spanish words shown', async () => {
    const { boxes } = await appointmentForm(`<consent-checkbox purpose="email-marketing" name="email-consent" lang="es"></consent-checkbox>`);
    const [email] = boxes;
    expect(visibleText(email)).to.include('Harbor Dermatology puede enviarme correos electrónicos');
    expect(await email.statementHash).to.equal(await sha256(email.shownText));
    await tick(email);
    await waitUntil(async () => (await receipts()).length === 1, 'no receipt');
    expect((await receipts())[0]).to.include({ locale: 'es', hash: await sha256(email.shownText) });
  });

  it('is separate from the Terms in the same form', async () => {
    const { form } = await appointmentForm(`
      <terms-accept name="terms" required></terms-accept>
      <consent-checkbox purpose="email-marketing" name="email-consent"></consent-checkbox>`);
    const terms = form.querySelector('terms-accept')!;
    await terms.updateComplete;
    terms.shadowRoot!.querySelector('input')!.click();
    await waitUntil(() => new FormData(form).get('terms') === 'accepted', 'the Terms were not accepted');
    const names = (await submitted(form)).map(([name]) => name);
    expect(
      names.some((name) => name.startsWith('email-consent')),
      'accepting the Terms gives no marketing consent',
    ).to.equal(false);
  });
});
