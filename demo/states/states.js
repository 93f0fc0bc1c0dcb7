// The hardening suite's states page (scripts/hardening/csp.mjs): every element in each of its
// states, from the CDN build, on a page served with a strict Content-Security-Policy. The address
// picks the scenario; this module writes it into the page (no inline script or style anywhere),
// then loads the bundle and marks <html data-states="ready">.
//
//   ?scenario=elements   every element but the banner: layouts, error states, bad attributes (default)
//   ?scenario=banner     a cookie banner (&layout=bar|box|modal, &bad=1 for bad attributes,
//                        &bundle=banner to load dist/cdn/cookie-banner.js alone)
//   ?scenario=age-page   the whole-page age gate (&mode=birthdate|confirm)
//   ?scenario=content-gate an age gate on one section, far down a page (&mode=birthdate|confirm)
//   ?scenario=terms-gate <terms-accept mode="gate" require-scroll>
//   &theme=light|dark|auto, &locale=en|es on the <clinic-provider>
const params = new URLSearchParams(location.search);
const scenario = params.get('scenario') ?? 'elements';
const theme = params.get('theme') ?? 'light';
const locale = params.get('locale') ?? 'en';
const pick = (name, allowed, fallback) => (allowed.includes(params.get(name)) ? params.get(name) : fallback);

const clinic = `clinic-name="Miller Plastic Surgery" legal-name="MPS, MD, PA" website="www.millerplasticsurgery.com"
  city="Miami" jurisdiction="Miami Dade County, Florida" state="Florida" country="United States of America"
  terms-href="../terms.html" privacy-href="../privacy.html" record-endpoint="../api/receipts"`;

const provider = (namespace, body) => `
  <clinic-provider ${clinic} storage-namespace="${namespace}" theme="${theme}" locale="${locale}">${body}</clinic-provider>`;

const gallery = (label) => `
  <div class="state-box">
    <p>${label}: photos of patients, shown with their permission.</p>
  </div>`;

const scenarios = {
  elements: () =>
    provider(
      'states',
      `
    <main id="main" class="wrap content states">
      <h1>Every element, every state</h1>

      <section id="disclaimers" aria-labelledby="disclaimers-title">
        <h2 id="disclaimers-title">Medical disclaimer</h2>
        <medical-disclaimer></medical-disclaimer>
        <medical-disclaimer variant="banner" label="Disclaimer as a banner"></medical-disclaimer>
        <medical-disclaimer terms-href="../terms.html#no-medical-advice" label="Disclaimer with the clinic's words">
          <p>Results vary. Ask your surgeon about your own case.</p>
        </medical-disclaimer>
        <medical-disclaimer id="bad-disclaimer" variant="sideways" theme="neon" terms-href="javascript:alert(1)" label="Disclaimer with bad attributes"></medical-disclaimer>
        <clinic-provider id="bad-provider" theme="neon" locale="xx" storage-namespace="not a namespace!" record-endpoint="https://receipts.example.org/" terms-href="javascript:alert(1)" privacy-href="data:text/html,hi">
          <medical-disclaimer label="Disclaimer in a provider with bad attributes"></medical-disclaimer>
        </clinic-provider>
        <clinic-provider theme="${theme === 'dark' ? 'light' : 'dark'}" locale="${locale === 'es' ? 'en' : 'es'}">
          <medical-disclaimer label="Disclaimer in a nested provider"></medical-disclaimer>
        </clinic-provider>
        <medical-disclaimer theme="auto" label="Disclaimer following the system theme"></medical-disclaimer>
      </section>

      <section id="guides" aria-labelledby="guides-title">
        <h2 id="guides-title">Procedure guides</h2>
        <h3>Article (built-in necklift)</h3>
        <procedure-guide id="guide-article" procedure="necklift" heading-level="4">
          <a slot="cta" class="button" href="#main">Book a necklift consultation</a>
        </procedure-guide>
        <h3>Steps, from a file of the clinic's own</h3>
        <procedure-guide id="guide-steps" src="browlift.json" layout="steps" heading-level="4" no-structured-data></procedure-guide>
        <h3>Built-in facelift, with its illustrated sequence</h3>
        <procedure-guide id="guide-facelift" procedure="facelift" heading-level="4" no-structured-data no-timeline></procedure-guide>
        <h3>Accordion, authored in the page</h3>
        <procedure-guide id="guide-accordion" layout="accordion" heading-level="4" no-structured-data>
          <section id="authored-about"><h4>About the consultation</h4><p>It takes about an hour.</p></section>
          <section id="authored-cost"><h4>Costs</h4><p>The fee is counted towards surgery.</p></section>
          <section id="authored-photos"><h4>Photos</h4><p>We take photos for your record only.</p></section>
        </procedure-guide>
        <h3>Errors</h3>
        <procedure-guide id="guide-unknown" procedure="browlift"></procedure-guide>
        <procedure-guide id="guide-missing" src="missing-guide.json"></procedure-guide>
        <procedure-guide id="guide-not-json" src="../../test/fixtures/not-json.json"></procedure-guide>
        <procedure-guide id="guide-invalid" src="../../test/fixtures/invalid-guide.json"></procedure-guide>
        <procedure-guide id="guide-other-origin" src="https://guides.example.org/necklift.json"></procedure-guide>
        <procedure-guide id="guide-bad-attributes" layout="grid" heading-level="9" theme="neon" no-structured-data>
          <section id="bad-layout-one"><h2>A guide with a bad layout</h2><p>Shown as an article.</p></section>
        </procedure-guide>
      </section>

      <section id="legal" aria-labelledby="legal-title">
        <h2 id="legal-title">Legal documents</h2>
        <legal-document id="legal-terms" document="terms" version="2024-05" effective-date="2024-05-01" heading-level="3"></legal-document>
        <legal-document id="legal-src" src="cookie-notice.json" heading-level="3"></legal-document>
        <legal-document id="legal-unknown" document="cookies"></legal-document>
        <legal-document id="legal-missing" src="missing-terms.json"></legal-document>
        <legal-document id="legal-guide" src="../../test/fixtures/browlift.json"></legal-document>
        <legal-document id="legal-bad-attributes" document="privacy" heading-level="0" effective-date="yesterday" theme="neon"></legal-document>
      </section>

      <section id="sensitive" aria-labelledby="sensitive-title">
        <h2 id="sensitive-title">Sensitive content</h2>
        <sensitive-content id="sensitive-covered">
          <template><img src="../before-after.svg" width="320" height="160" alt="A neck in profile before and after a necklift." /></template>
        </sensitive-content>
        <sensitive-content id="sensitive-reveal" warning="Surgical photographs: open wounds and stitches.">
          <template><figure><img src="../before-after.svg" width="320" height="160" alt="Stitches a day after surgery." /><figcaption>Day one.</figcaption></figure></template>
        </sensitive-content>
        <sensitive-content id="sensitive-no-template" theme="neon"><p>Put straight in the page: a mistake the element warns about.</p></sensitive-content>
      </section>

      <section id="terms" aria-labelledby="terms-title">
        <h2 id="terms-title">Terms acceptance</h2>
        <form id="terms-form" class="request-form" aria-label="Form with the Terms box">
          <terms-accept id="terms-required" name="terms" version="2024-05" required></terms-accept>
          <terms-accept id="terms-checked" name="newsletter-terms" version="2024-05" checked></terms-accept>
          <terms-accept id="terms-disabled" name="other" version="2024-05" disabled></terms-accept>
          <fieldset disabled><legend>A disabled fieldset</legend><terms-accept name="in-fieldset" version="2024-05"></terms-accept></fieldset>
          <terms-accept id="terms-no-version" name="no-version"></terms-accept>
          <button class="button" type="submit">Send</button>
        </form>
        <clinic-provider ${clinic} storage-namespace="states-changed" theme="${theme}" locale="${locale}">
          <terms-accept id="terms-changed" name="changed" version="2024-05"></terms-accept>
        </clinic-provider>
      </section>

      <section id="consents" aria-labelledby="consents-title">
        <h2 id="consents-title">Separate consents</h2>
        <form id="consents-form" class="request-form" aria-label="Form with separate consents">
          <consent-checkbox id="consent-email" purpose="email-marketing" name="email-offers"></consent-checkbox>
          <consent-checkbox id="consent-sms" purpose="sms" name="sms-offers"></consent-checkbox>
          <consent-checkbox id="consent-health" purpose="health-data" name="health-data" health-data-href="../health-data.html" required></consent-checkbox>
          <consent-checkbox id="consent-release" purpose="photo-release" name="release" required></consent-checkbox>
          <consent-checkbox id="consent-own" purpose="custom" name="newsletter" version="2026-11">Send me the quarterly newsletter.</consent-checkbox>
          <consent-checkbox id="consent-bad" purpose="newsletter" name="bad" checked required></consent-checkbox>
          <fieldset disabled><legend>A disabled fieldset</legend><consent-checkbox purpose="sms" name="in-fieldset"></consent-checkbox></fieldset>
          <button class="button" type="submit">Send</button>
        </form>
      </section>

      <section id="notices" aria-labelledby="notices-title">
        <h2 id="notices-title">Site notices and links to other sites</h2>
        <site-notice id="notice-security" notice-id="states-security" kind="security" href="../privacy.html">We learned of unauthorized access to an appointment system.</site-notice>
        <site-notice id="notice-policy" notice-id="states-policy" kind="policy-update" date="2024-05-01"></site-notice>
        <site-notice id="notice-bad" kind="urgent" until="next week">A notice with bad attributes.</site-notice>
        <external-link-notice id="leaving" allow="shop.millerplasticsurgery.example, bad/entry" remember>
          <p><a id="leaving-link" href="https://www.plasticsurgery.org/">American Society of Plastic Surgeons</a></p>
        </external-link-notice>
      </section>

      <section id="age" aria-labelledby="age-title">
        <h2 id="age-title">Age gates on one section</h2>
        <age-gate id="age-birthdate" scope="content" policy-version="s1">${gallery('Birthdate gate')}</age-gate>
        <age-gate id="age-confirm" scope="content" mode="confirm" policy-version="s2">${gallery('Confirm gate')}</age-gate>
        <clinic-provider ${clinic} storage-namespace="states-denied" theme="${theme}" locale="${locale}">
          <age-gate id="age-denied" scope="content" mode="confirm" policy-version="s3" deny-href="../privacy.html#minors">${gallery('Refused earlier')}</age-gate>
        </clinic-provider>
        <age-gate id="age-bad-attributes" scope="content" mode="maybe" min-age="abc" remember-days="-1" theme="neon" policy-version="s4" deny-href="javascript:alert(1)">${gallery('Gate with bad attributes')}</age-gate>
      </section>
    </main>`,
    ),

  banner: () => {
    const layout = pick('layout', ['bar', 'box', 'modal'], 'bar');
    const attributes = params.get('bad')
      ? 'layout="sideways" expires-days="9999" categories="analytics bogus" storage="floppy" privacy-href="javascript:alert(1)" record-endpoint="https://receipts.example.org/" theme="neon"'
      : `layout="${layout}" consent-mode`;
    return provider(
      `states-banner-${layout}`,
      `
    <cookie-banner policy-version="2024-05" floating-button ${attributes}></cookie-banner>
    <main id="main" class="wrap content states">
      <h1>Cookie banner (${layout})</h1>
      <p>Behind the banner: a page with a script and a frame held back until the visitor allows them.</p>
      <script type="text/plain" data-consent="analytics" data-cookies="_states_stats" data-src="gated.js"></script>
      <iframe data-consent="advertising" data-src="frame.html" title="Advertisement" width="300" height="80"></iframe>
      <p><a href="../privacy.html">Privacy Policy</a></p>
    </main>`,
    );
  },

  'age-page': () => {
    const mode = pick('mode', ['birthdate', 'confirm'], 'birthdate');
    return provider(
      `states-age-${mode}`,
      `
    <age-gate mode="${mode}" policy-version="2024-05" deny-href="../privacy.html#minors"></age-gate>
    <main id="main" class="wrap content states">
      <h1>Behind the age gate (${mode})</h1>
      <p>Before and after photos of patients.</p>
      <p><a href="../terms.html">Terms of Use</a></p>
    </main>`,
    );
  },

  'content-gate': () =>
    provider(
      'states-content-gate',
      `
    <main id="main" class="wrap content states">
      <h1>Results gallery</h1>
      <p><a href="../">Back to the necklift page</a></p>
      <p class="tall">Below: photos of patients, behind an age gate on this section only.</p>
      <age-gate scope="content" mode="${pick('mode', ['birthdate', 'confirm'], 'confirm')}" policy-version="2024-05">
        <section class="state-box" aria-labelledby="gallery-title">
          <h2 id="gallery-title">Before and after</h2>
          <p><a href="../#consultation">Book a consultation</a></p>
        </section>
      </age-gate>
      <p><a href="../privacy.html">Privacy Policy</a></p>
    </main>`,
    ),

  'terms-gate': () =>
    provider(
      'states-terms-gate',
      `
    <terms-accept mode="gate" version="2024-05" require-scroll></terms-accept>
    <main id="main" class="wrap content states">
      <h1>Patient portal</h1>
      <p>Behind the Terms gate.</p>
    </main>`,
    ),
};

if (!Object.hasOwn(scenarios, scenario)) throw new Error(`states.js: unknown scenario "${scenario}"`);

// A visitor who accepted an earlier version of the Terms (every section reads differently now), and
// one who answered "under 18" to the third gate earlier in this session.
for (const key of Object.keys(localStorage)) if (key.startsWith('states:notice:')) localStorage.removeItem(key);
localStorage.setItem('states-changed:terms-accepted', JSON.stringify({ v: 1, data: { version: '2023-01', hash: 'older', sections: {} } }));
sessionStorage.setItem('states-denied:age-gate-denied', JSON.stringify({ v: 1, data: { minAge: 18, policyVersion: 's3' } }));

document.documentElement.dataset.theme = theme;
document.body.innerHTML = scenarios[scenario]();

const bundle = params.get('bundle') === 'banner' ? '../../dist/cdn/cookie-banner.js' : '../../dist/cdn/clinic-elements.js';
await import(bundle);
const tags = [...new Set([...document.querySelectorAll('*')].map((element) => element.localName).filter((name) => name.includes('-')))];
if (params.get('bundle') !== 'banner') await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
document.documentElement.dataset.states = 'ready';
