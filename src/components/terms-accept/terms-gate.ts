import { html, nothing, type TemplateResult } from 'lit';
import type { LegalDocument } from '../../core/documents/model.js';
import type { TermsAcceptStringKey } from './terms-accept.strings.js';

export interface GateView {
  document: LegalDocument | null;
  /** The Terms as nodes, from the same template as `<legal-document>` (lists and links intact). */
  nodes: readonly Node[];
  version: string;
  locale: string;
  /** Accept stays disabled until the end of the Terms was reached (`require-scroll`). */
  blocked: boolean;
  changes: TemplateResult | typeof nothing;
  onScroll: () => void;
  onAccept: () => void;
  t: (key: TermsAcceptStringKey) => string;
}

/**
 * The gate: a modal dialog that blocks the page until this version of the Terms is accepted, with
 * the Terms in a focusable scroll region. Escape does not dismiss it (a decision, not a notice).
 */
export function renderGate({ document, nodes, version, locale, blocked, changes, onScroll, onAccept, t }: GateView) {
  // The heading takes focus as the modal opens (APG: a static first element may), so the Terms are read from their title.
  /* eslint-disable lit-a11y/no-autofocus */
  return html`
    <dialog part="gate" class="gate" aria-labelledby="gate-title" lang=${locale} @cancel=${(e: Event) => e.preventDefault()}>
      <h2 id="gate-title" tabindex="-1" autofocus>${t('gateTitle')}${version ? ` (${version})` : ''}</h2>
      ${changes}
      <p>${t('gateIntro')}</p>
      <div part="document" class="document" role="region" aria-labelledby="gate-title" tabindex="0" @scroll=${onScroll} lang=${document?.lang ?? 'en'}>${nodes}</div>
      ${blocked ? html`<p id="scroll-hint" class="hint">${t('scrollHint')}</p>` : nothing}
      <button part="accept-button" type="button" ?disabled=${blocked} aria-describedby=${blocked ? 'scroll-hint' : nothing} @click=${onAccept}>${t('accept')}</button>
    </dialog>
  `;
  /* eslint-enable lit-a11y/no-autofocus */
}

/** Whether a scroll region shows its end (or needs no scrolling at all). */
export function reachedEnd(region: HTMLElement | null): boolean {
  return region !== null && region.scrollTop + region.clientHeight >= region.scrollHeight - 2;
}
