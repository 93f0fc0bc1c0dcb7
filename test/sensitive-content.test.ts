import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/clinic-provider/define.js';
import { SensitiveContent } from '../src/components/sensitive-content/define.js';
import { captureWarnings } from './helpers.js';

let count = 0;
const image = () => `/test/fixtures/photo.svg?n=${++count}`;
const requested = (url: string) => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith(url));

async function covered(src = image(), attributes: { warning?: string; lang?: string; theme?: string } = {}): Promise<SensitiveContent> {
  // A string fixture: lit templates cannot hold expressions inside <template>.
  const el = await fixture<SensitiveContent>(`
    <sensitive-content warning="${attributes.warning ?? 'nudity'}" lang="${attributes.lang ?? 'en'}" theme="${attributes.theme ?? 'light'}">
      <template><img src="${src}" alt="After a necklift, side view" width="40" height="40" /><p>Six months after surgery.</p></template>
    </sensitive-content>
  `);
  await el.updateComplete;
  return el;
}

const part = (el: SensitiveContent, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`)!;

describe('<sensitive-content>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    delete window.clinicConsent;
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  it('shows a neutral cover with the Terms warning and downloads nothing before the choice', async () => {
    const src = image();
    const el = await covered(src);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(part(el, 'cover').checkVisibility()).to.equal(true);
    expect(part(el, 'cover').textContent).to.contain('This may show medical images with nudity.');
    expect(el.querySelector(':scope > img'), 'nothing from the template is in the page').to.equal(null);
    expect(requested(src), 'the image is not requested').to.equal(false);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('reveals from the keyboard, moves focus to the content, and hides again', async () => {
    const src = image();
    const el = await covered(src);
    part(el, 'show-button').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await waitUntil(() => requested(src), 'the image was not requested after reveal');
    expect(el.querySelector<HTMLImageElement>(':scope > img')!.alt).to.equal('After a necklift, side view');
    expect(part(el, 'content').checkVisibility()).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'content'));
    await Promise.all(el.shadowRoot!.getAnimations().map((animation) => animation.finished)); // the fade-in
    await expect(el).shadowDom.to.be.accessible();

    part(el, 'hide-button').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.querySelector(':scope > img')).to.equal(null);
    expect(part(el, 'cover').checkVisibility()).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'show-button'));
  });

  it('shows all sensitive content on the site when the visitor asks, for this session without consent', async () => {
    const page = await fixture<HTMLElement>(html`
      <clinic-provider storage-namespace="sensitive-a">
        <sensitive-content><template><p>First</p></template></sensitive-content>
        <sensitive-content><template><p>Second</p></template></sensitive-content>
      </clinic-provider>
    `);
    const [first, second] = page.querySelectorAll('sensitive-content');
    await first.updateComplete;
    first.shadowRoot!.querySelector<HTMLInputElement>('#show-all')!.click();
    const changed = oneEvent(document, 'sensitive-content-preference');
    part(first, 'show-button').click();
    expect((await changed).detail).to.deep.equal({ showAll: true });
    await second.updateComplete;
    expect(part(second, 'content').checkVisibility(), 'every instance on the page follows').to.equal(true);
    expect(Object.keys(sessionStorage)).to.include('sensitive-a:sensitive-content');
    expect(Object.keys(localStorage)).to.deep.equal([]);

    const later = await fixture<HTMLElement>(
      html`<clinic-provider storage-namespace="sensitive-a"><sensitive-content><template><p>Later</p></template></sensitive-content></clinic-provider>`,
    );
    const third = later.querySelector('sensitive-content')!;
    await third.updateComplete;
    expect(part(third, 'content').checkVisibility(), 'a new page in the session shows it at once').to.equal(true);
  });

  it('remembers the choice beyond the session when the cookie banner allows preferences, and forgets it when unticked', async () => {
    window.clinicConsent = {
      decision: null,
      granted: (category: string) => category === 'preferences',
      showPreferences: async () => {},
      onChange: () => () => {},
      get: () => null,
      grant: () => {},
      revoke: () => {},
      shownTexts: () => ({}),
    };
    const el = await covered();
    el.shadowRoot!.querySelector<HTMLInputElement>('#show-all')!.click();
    part(el, 'show-button').click();
    await el.updateComplete;
    expect(Object.keys(localStorage)).to.include('clinic:sensitive-content');

    const changed = oneEvent(document, 'sensitive-content-preference');
    el.shadowRoot!.querySelector<HTMLInputElement>('#keep-showing')!.click();
    expect((await changed).detail).to.deep.equal({ showAll: false });
    expect(Object.keys(localStorage)).to.deep.equal([]);
  });

  it('shows a custom warning, speaks Spanish, and stays accessible in the dark theme', async () => {
    const custom = await covered(image(), { warning: 'Surgical photos of the neck.' });
    expect(part(custom, 'cover').textContent).to.contain('Surgical photos of the neck.');
    const spanish = await covered(image(), { lang: 'es', theme: 'dark' });
    expect(part(spanish, 'show-button').textContent).to.equal('Mostrar contenido');
    await expect(spanish).shadowDom.to.be.accessible();
  });

  it('warns when the content is not inside a <template>, and still covers it', async () => {
    const el = await fixture<SensitiveContent>(html`<sensitive-content><p id="direct">Loaded already</p></sensitive-content>`);
    await el.updateComplete;
    expect(warnings.messages[0]).to.contain('<sensitive-content> has no <template>');
    expect(el.querySelector<HTMLElement>('#direct')!.checkVisibility()).to.equal(false);
    part(el, 'show-button').click();
    await el.updateComplete;
    expect(el.querySelector<HTMLElement>('#direct')!.checkVisibility()).to.equal(true);
  });
});
