// Every element in React 19 JSX with the generated types (`clinic-elements/react`): attributes,
// properties, events with typed details, ref, key, class/className, children; wrong props fail.
import type {} from 'clinic-elements/react';
import { useRef, useState, type ReactElement } from 'react';
import type {
  AgeCheckDetail,
  ConsentChangeDetail,
  CookieBanner,
  ExternalLinkDetail,
  NoticeDismissDetail,
  SectionChangeDetail,
  SeparateConsentDetail,
  TermsAccept,
  TermsAcceptedDetail,
} from 'clinic-elements';
import { expectType, type Equal } from './assert.js';

export function ClinicPage({ items }: { items: string[] }): ReactElement {
  const [accepted, setAccepted] = useState(false);
  const [categories, setCategories] = useState<Record<string, boolean>>({});
  const bannerRef = useRef<CookieBanner>(null);
  const termsRef = useRef<TermsAccept | null>(null);
  return (
    <clinic-provider
      clinic-name="Miller Plastic Surgery"
      legal-name="MPS, MD, PA"
      website="www.millerplasticsurgery.com"
      city="Miami"
      jurisdiction="Miami Dade County, Florida"
      state="Florida"
      country="United States of America"
      locale="en"
      theme="auto"
      terms-href="/terms"
      privacy-href="/privacy"
      storage-namespace="mps"
      record-endpoint="/api/receipts"
      id="clinic"
      className="site"
    >
      <cookie-banner
        ref={bannerRef}
        policy-version="2024-05"
        expires-days={180}
        layout="box"
        categories="analytics advertising"
        floating-button
        consent-mode
        categoryText={{ analytics: { label: 'Statistics' } }}
        onconsent-change={(event) => {
          expectType<Equal<typeof event.detail, ConsentChangeDetail>>();
          setCategories(event.detail.categories);
        }}
      />
      <age-gate
        policy-version="2024-05"
        mode="confirm"
        scope="content"
        min-age={21}
        remember-days="0"
        deny-href="/minors"
        onage-verified={(event) => expectType<Equal<typeof event.detail, AgeCheckDetail>>()}
        onage-denied={(event) => void event.detail.minAge}
      >
        <div className="gallery">…</div>
      </age-gate>
      <medical-disclaimer variant="banner" terms-href="/terms" label="Footer disclaimer" theme="dark">
        <p>Results vary.</p>
      </medical-disclaimer>
      <procedure-guide
        procedure="necklift"
        layout="accordion"
        heading-level={3}
        no-timeline
        no-structured-data={false}
        onsection-change={(event) => expectType<Equal<typeof event.detail, SectionChangeDetail>>()}
        oncta-click={(event) => void event.detail.section}
        onClick={(event) => void (event.currentTarget satisfies HTMLElementTagNameMap['procedure-guide'])}
        class="guide"
      >
        <a slot="cta" href="/book">
          Book a consultation
        </a>
      </procedure-guide>
      <legal-document document="terms" version="2024-05" effective-date="2024-05-01" heading-level="2" />
      <sensitive-content warning="Before and after photos">
        <template>
          <img src="/photo.jpg" alt="Before and after" />
        </template>
      </sensitive-content>
      <form>
        <terms-accept
          ref={termsRef}
          name="terms"
          version="2024-05"
          required
          checked={accepted}
          mode="checkbox"
          require-scroll={false}
          onChange={(event) => setAccepted(event.currentTarget.checked)}
          onterms-accepted={(event) => expectType<Equal<typeof event.detail, TermsAcceptedDetail>>()}
        />
        <consent-checkbox
          name="email-consent"
          purpose="email-marketing"
          version="2026-12"
          onconsent-given={(event) => expectType<Equal<typeof event.detail, SeparateConsentDetail>>()}
          onconsent-withdrawn={(event) => void event.detail.hash}
        />
        <consent-checkbox name="health" purpose="health-data" health-data-href="/health-data" required />
        <consent-checkbox name="release" purpose="photo-release" uses="photos website" />
      </form>
      <site-notice
        notice-id="privacy-2026-12"
        kind="policy-update"
        date="2026-12-01"
        until="2027-01-31"
        document="privacy"
        onnotice-dismiss={(event) => expectType<Equal<typeof event.detail, NoticeDismissDetail>>()}
      />
      <external-link-notice
        allow="shop.example.com"
        scope="region"
        remember
        onexternal-link={(event) => expectType<Equal<typeof event.detail, ExternalLinkDetail>>()}
      >
        <a href="https://www.plasticsurgery.org/">ASPS</a>
      </external-link-notice>
      {items.map((item) => (
        <medical-disclaimer key={item}>{item}</medical-disclaimer>
      ))}
      <p>{Object.keys(categories).length}</p>
    </clinic-provider>
  );
}

// Each line below must fail to compile (an unused @ts-expect-error fails the check). TypeScript
// never reports an *unknown* JSX attribute whose name has a hyphen (`polcy-version`, `onconsent-chnage`
// compile, as `data-*` does), so misspelled kebab-case names cannot be caught; wrong values for
// known ones, and unknown camelCase names, are.
export function WrongProps(): ReactElement {
  return (
    <>
      {/* @ts-expect-error not a banner layout */}
      <cookie-banner layout="popup" />
      {/* @ts-expect-error not an age-gate mode */}
      <age-gate mode="birthday" />
      {/* @ts-expect-error min-age is a number */}
      <age-gate min-age="eighteen" />
      {/* @ts-expect-error not a disclaimer variant */}
      <medical-disclaimer variant="popup" />
      {/* @ts-expect-error not a theme */}
      <medical-disclaimer theme="sepia" />
      {/* @ts-expect-error not a guide layout */}
      <procedure-guide layout="carousel" />
      {/* @ts-expect-error heading-level is a number */}
      <procedure-guide heading-level="two" />
      {/* @ts-expect-error no-timeline is a boolean attribute */}
      <procedure-guide no-timeline="yes" />
      {/* @ts-expect-error checked is a boolean */}
      <terms-accept checked="checked" />
      {/* @ts-expect-error not a terms-accept mode */}
      <terms-accept mode="modal" />
      {/* @ts-expect-error a property name that does not exist (camelCase names are checked) */}
      <terms-accept versionNumber="2024-05" />
      {/* @ts-expect-error store is read-only, not a prop */}
      <cookie-banner store={null} />
      {/* @ts-expect-error the consent-change detail has no `granted` */}
      <cookie-banner onconsent-change={(event) => event.detail.granted} />
      {/* @ts-expect-error the handler gets the event, not the detail */}
      <terms-accept onterms-accepted={(detail: TermsAcceptedDetail) => detail.hash} />
      {/* @ts-expect-error camelCase event props are not listeners for kebab-case events (React would listen for "ConsentChange") */}
      <cookie-banner onConsentChange={() => {}} />
      {/* @ts-expect-error the ref is typed by the element */}
      <terms-accept ref={useRef<HTMLInputElement>(null)} />
      {/* @ts-expect-error not a separate-consent purpose */}
      <consent-checkbox purpose="newsletter" />
      {/* @ts-expect-error not a notice kind */}
      <site-notice kind="breach" />
      {/* @ts-expect-error not a link-notice scope */}
      <external-link-notice scope="site" />
      {/* @ts-expect-error categoryText takes label/description objects */}
      <cookie-banner categoryText={{ analytics: 'Statistics' }} />
    </>
  );
}
