import { safeHref } from '../../core/platform/safe-url.js';
import type { ConsentStore } from '../../core/consent/consent-store.js';
import { decide } from '../../core/consent/decide.js';
import { startConsent } from '../../core/consent/decision-core.js';
import type { ConsentChangeDetail, ConsentChoice } from '../../core/consent/consent-types.js';
import { globalPrivacyControl } from '../../core/consent/gpc.js';
import { translate } from '../../core/i18n/messages.js';
import { resolveLocale } from '../../core/i18n/locale.js';
import { askProvider } from '../shared/ask-provider.js';
import { checkedHref } from '../shared/checked-href.js';
import type { ClinicContext } from '../shared/clinic-settings.js';
import { providerMarkup } from '../shared/provider-markup.js';
import { themes } from '../shared/theme-css.js';
import { whenIdle } from '../shared/when-idle.js';
import { oneOf, warnOnceFor } from '../shared/warn.js';
import { consentHostOf, warnChunk } from './consent-config.js';
import { adoptSheet, element, flatText, lazySheet } from './dom.js';
import { consentSentence, firstLayer } from './first-layer.js';
import { PageRoom } from './page-room.js';
import { bannerStrings, type BannerStringKey } from './cookie-banner.strings.js';
import { cookieBannerCss } from './cookie-banner.styles.js';

export const bannerLayouts = ['bar', 'box', 'modal'] as const;
export type BannerLayout = (typeof bannerLayouts)[number];

/** Label and description to show for a category instead of the built-in ones. */
export type CategoryText = Partial<Record<string, { label?: string; description?: string }>>;

type Preferences = typeof import('./cookie-preferences.js');
type Notice = '' | 'shown' | 'saved' | 'reload';

/** Parsed once, when a banner first shows something (a returning visitor's page never parses it). */
const bannerSheet = lazySheet(cookieBannerCss);

/**
 * Asks for consent to the Privacy Policy's cookies, web beacons and ad servers: Accept all, Reject
 * all and Customize with equal weight, and a preferences dialog with a switch per category and per
 * declared service. Deny by default; the page's held-back scripts, embeds, pixels and media load
 * only once their category or service is granted (and, on a sensitive page, not even then).
 *
 * Built without Lit (plain DOM and a constructed stylesheet), inside the first script the page
 * loads: the decision core and the first layer are one file, so a first
 * visit's banner needs no second request. The preferences dialog is loaded on
 * demand (fetched while the page is idle once the banner is shown). Settings are read from the attributes
 * when the banner connects; the language follows `lang` on the banner, its ancestors or `<html>`
 * as it is when the banner renders (set `lang` on the banner to switch it later).
 *
 * @summary Cookie consent banner and preferences dialog.
 * @tag cookie-banner
 * @attr {string} policy-version - Revision of your privacy policy; when it changes, every visitor is asked again.
 * @attr {number} expires-days - Days a decision counts, 1–730 (default 180).
 * @attr {string} categories - Categories to ask about, from `preferences analytics advertising` and your own (default: all; with declared services, the categories they are in and your own).
 * @attr {'local' | 'cookie' | 'session' | 'memory'} storage - Where decisions are kept: `local` (localStorage, default), `cookie`, `session` (until the tab closes) or `memory` (this page only).
 * @attr {boolean | 'advanced'} consent-mode - Pushes Google Consent Mode v2 defaults (all denied) and updates to `window.dataLayer`; `advanced` also loads services declared `reads-consent-mode` before consent, never on a sensitive page.
 * @attr {string} record-endpoint - Same-origin URL that receives a receipt for every decision (defaults to the provider's).
 * @attr {string} privacy-href - Address of the Privacy Policy (defaults to the provider's `privacy-href`).
 * @attr {boolean} sensitive-page - A health page: analytics and advertising stay held back whatever was granted, except services declared `allowed-on-sensitive` (also on `<clinic-provider>`).
 * @attr {string} policy-changes - One line on what changed, shown to visitors whose decision was for an earlier `policy-version`.
 * @attr {string} cookie-domain - Shares the consent cookie (`storage="cookie"`) with subdomains; must be this host or a parent of it.
 * @attr {boolean} audit - Lists once in the console what no declaration covers (scripts, frames, images, cookies, `<noscript>` pixels).
 * @attr {'bar' | 'box' | 'modal'} layout - `bar` (bottom strip, default), `box` (bottom corner) or `modal` (blocks the page until a choice).
 * @attr {boolean} floating-button - Shows a "Cookie settings" button once a decision is made, to reopen the preferences.
 * @attr {'light' | 'dark' | 'auto'} theme - `light`, `dark` or `auto`; unset, the surrounding `<clinic-provider>` (or the page's tokens) applies.
 * @slot - `<consent-service>` and `<consent-category>` declarations: the site's vendors and its own categories (read, never rendered).
 * @slot text - Your own sentence for the first layer, in place of the built-in one.
 * @slot changes - What changed in the policy, in place of `policy-changes`.
 * @csspart banner - The first layer (a region, or a dialog with `layout="modal"`).
 * @csspart actions - The row of Accept all, Reject all and Customize.
 * @csspart accept-button - Accept all.
 * @csspart reject-button - Reject all.
 * @csspart customize-button - Customize.
 * @csspart preferences - The preferences dialog.
 * @csspart save-button - Save my choices.
 * @csspart floating-button - The button that reopens the preferences (`floating-button`).
 * @cssprop [--clinic-color-surface=#ffffff] - Background of the banner and dialog.
 * @cssprop [--clinic-color-text=#1d2733] - Text colour.
 * @cssprop [--clinic-color-muted=#4a5563] - Descriptions.
 * @cssprop [--clinic-color-border=#c5cfda] - Borders and switch track.
 * @cssprop [--clinic-color-accent=#0b5cad] - Buttons and switches.
 * @cssprop [--clinic-color-on-accent=#ffffff] - Button text.
 * @cssprop [--clinic-color-focus=#0b5cad] - Focus ring.
 * @cssprop [--clinic-radius=8px] - Corner radius.
 * @cssprop [--clinic-banner-z-index=2147483000] - Stacking of the bar, box and floating button.
 * @fires consent-change - After every decision, in this tab or another. Detail: `{ categories, method, version }`. Fired on the banner (it does not bubble) and once on `document`.
 * @fires receipt-failed - On `document`: a receipt was set aside, never to be sent (the record endpoint refused it for good, it cannot be sent, or the full queue dropped it). Detail: `{ id, type, status, reason }`.
 */
export class CookieBanner extends HTMLElement {
  // Every attribute the banner reads (the check of attribute names knows them from here); the
  // first five change what it shows, the others are read when it connects.
  static observedAttributes =
    'layout theme privacy-href floating-button lang policy-version expires-days categories cookie-domain record-endpoint storage consent-mode sensitive-page audit policy-changes'.split(
      ' ',
    );

  /** Labels and descriptions that replace the built-in ones, per category id. */
  categoryText: CategoryText = {};

  #root = this.attachShadow({ mode: 'open' });
  #store: ConsentStore | null = null;
  #unsubscribe: (() => void) | null = null;
  #returnFocusTo: HTMLElement | null = null;
  #room = new PageRoom();
  #preferences: Preferences | null = null;
  /** The provider's settings, when a provider answered (else read again on each render). */
  #settings: ClinicContext | null = null;
  #renderPending = false;
  #open = false;
  #notice: Notice = '';
  /** The nodes on screen, and what the first layer was built from (it is rebuilt when that changes). */
  #banner: HTMLElement | null = null;
  #bannerBuiltFrom = '';
  #status: HTMLElement | null = null;
  #reload: HTMLElement | null = null;
  #floating: HTMLElement | null = null;

  /** `bar`, `box` or `modal`. */
  get layout(): BannerLayout {
    const value = this.getAttribute('layout') as BannerLayout;
    return bannerLayouts.includes(value) ? value : 'bar';
  }

  set layout(value: BannerLayout) {
    this.setAttribute('layout', value);
  }

  /** The store behind the banner: read `decision`, or call `granted(category)`. */
  get store(): ConsentStore | null {
    return this.#store;
  }

  connectedCallback(): void {
    const first = document.querySelector('cookie-banner');
    if (first !== this) return warn(`is not the first <cookie-banner> of this page; only that one asks (one banner per page)`);
    this.#store = startConsent(consentHostOf(this));
    const provider = document.querySelector('clinic-provider');
    const missed = ['storage-namespace', 'record-endpoint', 'privacy-href', 'sensitive-page'].filter((name) => provider?.hasAttribute(name));
    if (!this.closest('clinic-provider') && missed.length) warn(`is outside <clinic-provider>, so it does not get the provider’s ${missed.join(', ')}`);
    this.#settings = askProvider(this, (settings, unsubscribe) => {
      if (!this.isConnected) return unsubscribe?.();
      this.#settings = settings;
      this.#requestRender();
    });
    this.#unsubscribe = this.#store.subscribe((detail) => this.#onDecision(detail));
    document.addEventListener('focusin', this.#rememberFocus);
    // Opened at once; a modal banner a frame later, when its heading can take focus (an ancestor
    // such as a provider may not have rendered its slot yet).
    if (this.layout === 'modal') requestAnimationFrame(() => this.#setOpen(this.#store?.needsDecision ?? false));
    else this.#setOpen(this.#store.needsDecision);
  }

  disconnectedCallback(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    document.removeEventListener('focusin', this.#rememberFocus);
    this.#open = false;
    this.#keepFocusVisible();
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
    // Warned about once here; the getters fall back quietly.
    if (name === 'layout' && value !== null) oneOf('cookie-banner', 'layout', value, bannerLayouts, 'bar');
    if (name === 'theme' && value !== null) oneOf('cookie-banner', 'theme', value, themes, 'light');
    if (name === 'privacy-href') checkedHref('cookie-banner', name, value, true);
    if (this.#unsubscribe) this.#requestRender();
  }

  /** Shows the first layer again. */
  show(): void {
    this.#notice = '';
    this.#setOpen(true);
  }

  /** Opens the preferences dialog, with the current decision (or everything off) filled in. */
  async showPreferences(): Promise<void> {
    try {
      this.#preferences ??= await import('./cookie-preferences.js');
    } catch (error) {
      return warnChunk('preferences', error, 'Accept all and Reject all still work');
    }
    this.#notice = '';
    this.#render();
    // The dialog's buttons and theme come from the banner's styles, also when nothing else is shown.
    adoptSheet(this.#root, bannerSheet(), true);
    const { customCategories } = consentHostOf(this).config;
    this.#preferences.open(this.#root, this.#store!, resolveLocale(this), { ...this.categoryText }, customCategories, (choice) => this.#decide(choice));
  }

  /** Tells the visitor that what they withdrew already ran and a reload stops it, until their next step. */
  async showReloadNotice(): Promise<void> {
    const locale = resolveLocale(this);
    const notice = await import('./withdrawal.js').then(
      ({ reloadNotice }) => reloadNotice(this.#root, locale),
      (error: unknown) => warnChunk('reload notice', error, 'a reload stops what was withdrawn'),
    );
    if (!notice) return;
    this.#notice = 'reload';
    this.#reload?.remove();
    this.#reload = this.#root.insertBefore(notice, this.#floating?.parentElement ?? null);
    this.#requestRender();
  }

  /** The first layer's words, for the next receipt's proof of what was shown. */
  #presentBanner(): void {
    if (this.#banner?.isConnected) this.#store!.presented('banner', flatText(this.#banner));
  }

  #decide(choice: ConsentChoice): void {
    this.#presentBanner();
    decide(this.#store!, choice, resolveLocale(this));
    this.#notice = 'saved';
    this.#root.querySelectorAll('dialog').forEach((dialog) => dialog.close());
    this.#render();
    // Back to where the visitor was; with nowhere to go back to, to the button that reopens the choice.
    if (this.#returnFocusTo?.isConnected) this.#returnFocusTo.focus();
    else this.#floating?.focus();
  }

  #onDecision(detail: ConsentChangeDetail): void {
    this.#setOpen(this.#store!.needsDecision);
    this.dispatchEvent(new CustomEvent<ConsentChangeDetail>('consent-change', { detail }));
  }

  #setOpen(open: boolean): void {
    const opening = open && !this.#open;
    this.#open = open;
    this.#requestRender();
    // A visitor who is asked may well choose Customize: its dialog is fetched while the page is idle
    // (never for a returning visitor, whose banner does not open), so it opens at once.
    if (opening)
      whenIdle(() =>
        import('./cookie-preferences.js').then(
          (module) => {
            this.#preferences ??= module;
            module.prepare(this.#root);
          },
          () => {},
        ),
      );
    // Visible at once, announced through the status line a frame later: a live region must be in
    // the page before its text changes. (A modal banner is announced as focus moves into it.)
    if (opening && this.layout !== 'modal') {
      requestAnimationFrame(() => {
        if (!this.#open || this.#notice) return;
        this.#notice = 'shown';
        this.#requestRender();
      });
    }
  }

  /**
   * Remembers the last thing focused outside the banner (focus goes back there after a decision),
   * and scrolls it clear when the bar or box would cover it.
   */
  #rememberFocus = (event: FocusEvent) => {
    const target = event.composedPath()[0];
    if (!(target instanceof HTMLElement) || this.contains(target) || this.#root.contains(target)) return;
    this.#returnFocusTo = target;
    // After the browser's own scroll to the newly focused element, which lands a frame later.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const banner = this.#root.querySelector('section.banner');
        const overlap = banner ? target.getBoundingClientRect().bottom - banner.getBoundingClientRect().top + 8 : 0;
        if (overlap > 8) scrollBy({ top: overlap, behavior: 'instant' });
      }),
    );
  };

  #keepFocusVisible(): void {
    const covering = this.#open ? this.#root.querySelector<HTMLElement>('section.banner') : this.#floating?.parentElement;
    this.#room.keepFor((this.isConnected && covering) || null);
  }

  /** Renders once for everything that changed in this task (a click changes several things). */
  #requestRender(): void {
    if (this.#renderPending) return;
    this.#renderPending = true;
    queueMicrotask(() => this.#renderPending && this.#render());
  }

  /**
   * Brings the shadow DOM up to date: the first layer while a decision is asked for, the status
   * line, the reload notice and the floating button. A returning visitor's banner renders nothing.
   */
  #render(): void {
    this.#renderPending = false;
    const root = this.#root;
    const floating = this.hasAttribute('floating-button') && !this.#open;
    if (!this.#open && !floating && !this.#notice && !this.#status) return;
    adoptSheet(root, bannerSheet(), true);

    const locale = resolveLocale(this);
    const t = (key: BannerStringKey) => translate(bannerStrings, locale, key);
    this.#status ??= root.appendChild(element('p', { class: 'visually-hidden', role: 'status' }));
    const announced =
      this.#notice === 'saved' ? t('saved') : this.#notice === 'shown' ? `${t('title')}. ${consentSentence(consentHostOf(this).config, locale)}` : '';
    if (this.#status.textContent !== announced) this.#status.textContent = announced;

    // Without a provider's answer (its script is not on the page), its markup gives the address, checked as the provider checks it.
    const provided = this.#settings ? this.#settings.privacyHref : safeHref(providerMarkup(this)('privacy-href'));
    const href = checkedHref('cookie-banner', 'privacy-href', this.getAttribute('privacy-href'), false) ?? provided;
    if (!href) warn('has no privacy-href, nor a <clinic-provider privacy-href> around it: visitors cannot read your Privacy Policy from the banner');
    const modal = this.layout === 'modal';
    const builtFrom = this.#open ? `${modal} ${locale} ${globalPrivacyControl()} ${href}` : '';
    if (builtFrom !== this.#bannerBuiltFrom) {
      const focusedPart = this.#banner?.contains(root.activeElement) ? root.activeElement!.getAttribute('part') : null;
      // A modal banner's dialog stays in place, closed and empty, once answered (as the page's own dialogs do).
      const answered = !builtFrom && this.#banner instanceof HTMLDialogElement ? this.#banner : null;
      answered?.close();
      answered?.replaceChildren();
      root.querySelectorAll('.banner').forEach((old) => old !== answered && old.remove());
      this.#banner = builtFrom
        ? root.insertBefore(
            firstLayer(this, {
              locale,
              modal,
              href,
              config: consentHostOf(this).config,
              askedBefore: this.#store!.previousVersion !== null,
              decide: (choice) => this.#decide(choice),
              customize: () => this.showPreferences(),
            }),
            root.firstChild,
          )
        : null;
      this.#bannerBuiltFrom = builtFrom;
      if (focusedPart) this.#banner?.querySelector<HTMLElement>(`[part="${focusedPart}"]`)?.focus();
      // Its words are read (which needs styles) after the first paint, or at the decision if that comes first.
      if (this.#banner) setTimeout(() => this.#presentBanner());
    }
    // Only in the page (it may have been removed before its first frame), and again after a move,
    // which ends a dialog's modality.
    if (this.#banner instanceof HTMLDialogElement && this.isConnected && !this.#banner.matches(':modal')) {
      this.#banner.close();
      this.#banner.showModal();
    }

    if (this.#notice !== 'reload') this.#reload = (this.#reload?.remove(), null);
    // The button sits in its own landmark, so screen readers find it among the page's regions.
    if (!floating) this.#floating = (this.#floating?.parentElement?.remove(), null);
    else
      this.#floating ??= root
        .appendChild(
          element(
            'aside',
            { class: 'floating-region' },
            element('button', { part: 'floating-button', class: 'floating', type: 'button', onclick: () => this.showPreferences() }),
          ),
        )
        .querySelector('button');
    if (this.#floating) this.#floating.parentElement!.ariaLabel = this.#floating.textContent = t('floating');
    this.#keepFocusVisible();
  }
}

/** Tells each problem once per page, however often a banner renders. */
const warn = warnOnceFor('cookie-banner');

declare global {
  interface HTMLElementTagNameMap {
    'cookie-banner': CookieBanner;
  }
  interface DocumentEventMap {
    'consent-change': CustomEvent<ConsentChangeDetail>;
  }
  interface HTMLElementEventMap {
    'consent-change': CustomEvent<ConsentChangeDetail>;
  }
}
