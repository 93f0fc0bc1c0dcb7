import { LitElement, html, nothing, type PropertyDeclarations } from 'lit';
import { translate } from '../../core/i18n/messages.js';
import { isPlainClick, leavingUrl, openFeatures, parseAllowList, type AllowList } from '../../core/platform/external-links.js';
import { storageFor } from '../../core/platform/storage.js';
import { consumeClinicContext, defaultClinicContext, type ClinicContext } from '../shared/clinic-context.js';
import { buttonStyles, checkboxStyles } from '../shared/control-styles.js';
import { LocaleController } from '../shared/locale-controller.js';
import { themeStyles } from '../shared/theme.js';
import { oneOf, warnAttribute } from '../shared/warn.js';
import { externalLinkNoticeStrings, type ExternalLinkNoticeStringKey } from './external-link-notice.strings.js';
import { externalLinkNoticeStyles } from './external-link-notice.styles.js';

export const linkNoticeScopes = ['region', 'page'] as const;
export type LinkNoticeScope = (typeof linkNoticeScopes)[number];

/** Detail of `external-link`: the other site's host, never the full address (it may carry personal data). */
export interface ExternalLinkDetail {
  host: string;
}

const skipVersion = 1;
const isTrue = (value: unknown): value is true => value === true;

/**
 * Terms §9, "Links to Other Websites": a plain click on a link to another site opens a short
 * notice, "You are leaving …; their terms and privacy policy apply", with Stay and Continue.
 * Continue follows the very link (its target, `rel` and `download`), with `noopener` for a new
 * window. Links to the same origin, to the hosts on `allow`, and clicks with a modifier key or
 * another button are the browser's. Before the script loads, every link is a plain link.
 *
 * @summary Tells visitors they are leaving the clinic's site before a link to another one.
 * @tag external-link-notice
 * @slot - The region whose links are watched (`scope="page"` watches the whole page).
 * @csspart dialog - The notice.
 * @csspart continue-button - Continue to the other site.
 * @csspart stay-button - Stay on this site.
 * @cssprop [--clinic-color-accent=#0b5cad] - The buttons.
 * @fires external-link - A link left the site after the notice (Continue). Detail: `{ host }` (the other site's host, never the full address).
 */
export class ExternalLinkNotice extends LitElement {
  static override styles = [themeStyles, buttonStyles, checkboxStyles, externalLinkNoticeStyles];
  static override properties: PropertyDeclarations = {
    context: { state: true },
    leaving: { state: true },
    allow: {},
    scope: { reflect: true },
    remember: { type: Boolean },
  };

  #locale = new LocaleController(this);
  #allowList: AllowList = { hosts: [], bad: [] };
  #link: HTMLAnchorElement | null = null;
  /** The link Continue clicks again: its click is the browser's. */
  #passing: HTMLAnchorElement | null = null;
  #watched: EventTarget | null = null;

  declare private context: ClinicContext;
  /** The address the notice is about, or null while it is closed. */
  declare private leaving: URL | null;

  /** Host names the notice skips, separated by spaces or commas: the clinic's other sites (`example.com` includes its subdomains; `*.example.com` only them). */
  declare allow: string;
  /** `region` (default: the links inside the element) or `page` (every link on the page). */
  declare scope: LinkNoticeScope;
  /** Offers "Don't ask again for this site during this visit" (remembered for the tab's session). */
  declare remember: boolean;

  constructor() {
    super();
    consumeClinicContext(this, (context) => (this.context = context));
    this.context = defaultClinicContext;
    this.leaving = null;
    this.allow = '';
    this.scope = 'region';
    this.remember = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#watch();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#watched?.removeEventListener('click', this.#onClick);
    this.#watched = null;
  }

  #watch(): void {
    const target = this.scope === 'page' ? document : this;
    if (target === this.#watched) return;
    this.#watched?.removeEventListener('click', this.#onClick);
    target.addEventListener('click', this.#onClick);
    this.#watched = target;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('scope')) {
      this.scope = oneOf('external-link-notice', 'scope', this.scope, linkNoticeScopes, 'region');
      if (this.isConnected) this.#watch();
    }
    if (changed.has('allow')) {
      this.#allowList = parseAllowList(this.allow);
      for (const entry of this.#allowList.bad) {
        warnAttribute(
          'external-link-notice',
          'allow',
          entry,
          'a host name such as "harbor-clinic.com" or "*.harbor-clinic.com"',
          'That entry is left out; links to it show the notice.',
        );
      }
    }
  }

  #skipKey = (host: string) => `leave:${host}`;
  #storage = () => storageFor('session', this.context.storageNamespace);

  #onClick = (event: Event) => {
    if (!(event instanceof MouseEvent) || !isPlainClick(event)) return;
    const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && node.hasAttribute('href'));
    if (!link || link === this.#passing || link.hasAttribute('download')) return;
    const url = leavingUrl(link.href, location.href, this.#allowList);
    if (!url || this.#storage().read(this.#skipKey(url.hostname), skipVersion, isTrue)) return;
    event.preventDefault();
    this.#link = link;
    this.leaving = url;
  };

  protected override updated(): void {
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog || dialog.open) return;
    dialog.showModal();
    // The choice that keeps the visitor here has focus, whatever comes first in the dialog.
    dialog.querySelector<HTMLElement>('[part="stay-button"]')?.focus();
  }

  #close(proceed: boolean): void {
    const link = this.#link;
    const host = this.leaving?.hostname ?? '';
    const skip = this.renderRoot.querySelector<HTMLInputElement>('input[name="skip"]')?.checked;
    this.renderRoot.querySelector('dialog')?.close();
    this.leaving = null;
    this.#link = null;
    if (!link) return;
    if (!proceed) return link.focus();
    if (skip) this.#storage().write(this.#skipKey(host), skipVersion, true);
    this.dispatchEvent(new CustomEvent<ExternalLinkDetail>('external-link', { detail: { host }, bubbles: true, composed: true }));
    this.#follow(link);
  }

  /** Clicks the link again, for the browser to follow as it would have; a new window never gets this page as its opener. */
  #follow(link: HTMLAnchorElement): void {
    const target = (link.target || document.querySelector('base')?.target || '_self').toLowerCase();
    const rel = link.getAttribute('rel');
    const newWindow = !['_self', '_parent', '_top'].includes(target);
    if (newWindow && !/\bnoopener\b/i.test(rel ?? '')) link.rel = `${rel ?? ''} ${openFeatures(rel ?? '').replace(',', ' ')}`.trim();
    this.#passing = link;
    try {
      link.click();
    } finally {
      this.#passing = null;
      if (newWindow) {
        if (rel === null) link.removeAttribute('rel');
        else link.rel = rel;
      }
    }
  }

  protected override render() {
    if (!this.leaving) return html`<slot></slot>`;
    const t = (key: ExternalLinkNoticeStringKey) =>
      translate(externalLinkNoticeStrings, this.#locale.locale, key, {
        host: this.leaving?.hostname ?? '',
        site: this.context.clinic.name ?? translate(externalLinkNoticeStrings, this.#locale.locale, 'thisSite'),
      });
    return html`<slot></slot>
      <dialog part="dialog" aria-labelledby="title" aria-describedby="text" lang=${this.#locale.locale} @cancel=${() => this.#close(false)}>
        <h2 id="title">${t('title')}</h2>
        <p id="text">${t('text')}</p>
        ${this.remember ? html`<label><input type="checkbox" name="skip" />${t('skip')}</label>` : nothing}
        <div class="actions">
          <button part="stay-button" type="button" @click=${() => this.#close(false)}>${t('stay')}</button>
          <button part="continue-button" type="button" @click=${() => this.#close(true)}>${t('continue')}</button>
        </div>
      </dialog>`;
  }
}
