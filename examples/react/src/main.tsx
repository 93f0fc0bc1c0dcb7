// The clinic elements in a React 19 app: typed JSX (`clinic-elements/react`), controlled
// attributes and properties, and custom events handled by React state.
import 'clinic-elements'; // defines every element, before the first render
import type {} from 'clinic-elements/react'; // JSX types for <cookie-banner>, <terms-accept>, …
import type {
  ConsentChangeDetail,
  CookieBanner,
  GuideLayout,
  NoticeDismissDetail,
  SectionChangeDetail,
  SeparateConsentDetail,
  TermsAcceptedDetail,
  Theme,
} from 'clinic-elements';
import { StrictMode, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';

const layouts: GuideLayout[] = ['article', 'accordion', 'steps'];
const themes: Theme[] = ['light', 'dark', 'auto'];

// <sensitive-content> reads a <template>'s content. JSX children of a <template> would become
// real, downloading elements, so the markup goes in as a string: it lands in the inert content.
const photo = {
  __html:
    '<img src="before-after.svg" alt="Drawing of a neck before and after a necklift, side view" width="640" height="320"><p>Six months after surgery. Results vary.</p>',
};

function App() {
  const banner = useRef<CookieBanner>(null);
  const [consent, setConsent] = useState<ConsentChangeDetail | null>(null);
  const [theme, setTheme] = useState<Theme>('light');
  const [layout, setLayout] = useState<GuideLayout>('accordion');
  const [section, setSection] = useState<SectionChangeDetail | null>(null);
  const [termsTicked, setTermsTicked] = useState(false);
  const [accepted, setAccepted] = useState<TermsAcceptedDetail | null>(null);
  const [adult, setAdult] = useState<boolean | null>(null);
  const [sent, setSent] = useState(false);
  const [emailConsent, setEmailConsent] = useState<SeparateConsentDetail | null>(null);
  const [dismissed, setDismissed] = useState<NoticeDismissDetail | null>(null);

  const granted = consent ? Object.keys(consent.categories).filter((category) => consent.categories[category]) : [];

  return (
    <clinic-provider
      clinic-name="Miller Plastic Surgery"
      legal-name="MPS, MD, PA"
      website="www.millerplasticsurgery.com"
      city="Miami"
      jurisdiction="Miami Dade County, Florida"
      state="Florida"
      country="United States of America"
      storage-namespace="example-react"
      terms-href="#terms"
      privacy-href="#terms"
      theme={theme}
    >
      <cookie-banner ref={banner} policy-version="2024-05" floating-button onconsent-change={(event) => setConsent(event.detail)} />
      <site-notice notice-id="privacy-2024-05" kind="policy-update" date="2024-05-01" onnotice-dismiss={(event) => setDismissed(event.detail)} />
      <p id="notice-status">{dismissed ? `Notice ${dismissed.noticeId} dismissed.` : 'Notice not dismissed.'}</p>

      <header>
        <p className="brand">Miller Plastic Surgery</p>
        <label>
          Theme{' '}
          <select value={theme} onChange={(event) => setTheme(event.target.value as Theme)}>
            {themes.map((value) => (
              <option key={value}>{value}</option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => void banner.current?.showPreferences()}>
          Cookie settings
        </button>
      </header>

      <main>
        <h1>Necklift</h1>
        <p id="consent-status" role="status">
          {consent ? `Cookies allowed: ${granted.join(', ')} (${consent.method}).` : 'No cookie decision yet.'}
        </p>
        <section id="guide" aria-labelledby="guide-title">
          <h2 id="guide-title">The necklift guide</h2>
          <fieldset>
            <legend>Layout</legend>
            {layouts.map((value) => (
              <label key={value}>
                <input type="radio" name="layout" value={value} checked={layout === value} onChange={() => setLayout(value)} /> {value}
              </label>
            ))}
          </fieldset>
          <procedure-guide procedure="necklift" layout={layout} heading-level={3} onsection-change={(event) => setSection(event.detail)}>
            <a slot="cta" href="#sign-up">
              Book a necklift consultation
            </a>
          </procedure-guide>
          <p id="section-status">{section ? `Reading section ${section.index + 1}: ${section.id}` : 'Not reading yet.'}</p>
        </section>

        <section id="photos" aria-labelledby="photos-title">
          <h2 id="photos-title">Before and after</h2>
          <age-gate scope="content" mode="confirm" policy-version="2024-05" onage-verified={() => setAdult(true)} onage-denied={() => setAdult(false)}>
            <sensitive-content>
              <template dangerouslySetInnerHTML={photo} />
            </sensitive-content>
          </age-gate>
          <p id="age-status">{adult === null ? 'Age not confirmed yet.' : adult ? 'Age confirmed.' : 'Under 18.'}</p>
        </section>

        <section id="sign-up" aria-labelledby="sign-up-title">
          <h2 id="sign-up-title">Create an account</h2>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              setSent(true);
            }}
          >
            <label>
              Email <input name="email" type="email" autoComplete="email" required />
            </label>
            <terms-accept
              name="terms"
              version="2024-05"
              required
              checked={termsTicked}
              onChange={(event) => setTermsTicked(event.currentTarget.checked)}
              onterms-accepted={(event) => setAccepted(event.detail)}
            />
            <consent-checkbox
              name="email-consent"
              purpose="email-marketing"
              onconsent-given={(event) => setEmailConsent(event.detail)}
              onconsent-withdrawn={(event) => setEmailConsent(event.detail)}
            />
            <div className="actions">
              <button>Create account</button>
              <button type="button" onClick={() => setTermsTicked(false)}>
                Untick the Terms
              </button>
            </div>
          </form>
          <p id="terms-status">
            {termsTicked ? 'Terms ticked. ' : 'Terms not ticked. '}
            {accepted ? `Accepted version ${accepted.version} (text hash ${accepted.hash.slice(0, 12)}…).` : ''}
            {sent ? ' Sent.' : ''}
          </p>
          <p id="email-status">{emailConsent ? `Email consent ${emailConsent.choice} (statement ${emailConsent.version}).` : 'No email consent yet.'}</p>
        </section>

        <section id="terms" aria-labelledby="terms-title">
          <h2 id="terms-title">Terms of Use</h2>
          <legal-document document="terms" version="2024-05" effective-date="2024-05-01" heading-level={3} />
        </section>
      </main>

      <footer>
        {/* `class` is set as the attribute on custom elements (`className` works too). */}
        <medical-disclaimer class="footer-disclaimer" variant="banner" />
        <external-link-notice>
          <p>
            <a href="https://www.plasticsurgery.org/">American Society of Plastic Surgeons</a>
          </p>
        </external-link-notice>
      </footer>
    </clinic-provider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
