import { LitElement, html, type PropertyDeclarations } from 'lit';
import { consumeClinicContext, defaultClinicContext, type ClinicContext } from '../shared/clinic-context.js';
import { translate } from '../../core/i18n/messages.js';
import { LocaleController } from '../shared/locale-controller.js';
import { storageFor, type ClinicStorage } from '../../core/platform/storage.js';
import { buttonStyles, checkboxStyles } from '../shared/control-styles.js';
import { themeStyles, themes, type Theme } from '../shared/theme.js';
import { oneOf } from '../shared/warn.js';
import { sensitiveStrings } from './sensitive-content.strings.js';
import { sensitiveContentStyles } from './sensitive-content.styles.js';

/** Detail of `sensitive-content-preference`, fired on `document` when the site-wide choice changes. */
export interface SensitivePreferenceDetail {
  showAll: boolean;
}

const preferenceKey = 'sensitive-content';
const preferenceEvent = 'sensitive-content-preference';
const isPreference = (value: unknown): value is SensitivePreferenceDetail => typeof (value as SensitivePreferenceDetail)?.showAll === 'boolean';

/**
 * The Terms' "Nudity" clause as a choice: images, pictures or videos given inside a `<template>`
 * stay behind a neutral cover, and are not even downloaded, until the visitor asks to see them.
 * A visitor may choose to see all sensitive content on the site; that choice is remembered where
 * the cookie banner's `preferences` category allows it, else for this browser session.
 *
 * @summary Cover for before/after photos and other sensitive media, with a site-wide preference.
 * @tag sensitive-content
 * @slot - A `<template>` holding the sensitive media and captions (nothing in it loads until shown).
 * @csspart cover - The neutral cover with the warning.
 * @csspart show-button - Show content.
 * @csspart hide-button - Hide content.
 * @csspart content - The revealed content.
 * @cssprop [--clinic-color-surface-alt=#f2f5f8] - Cover background.
 * @cssprop [--clinic-color-text=#1d2733] - Text colour.
 * @cssprop [--clinic-color-border=#c5cfda] - Cover border.
 * @cssprop [--clinic-color-accent=#0b5cad] - Buttons.
 * @cssprop [--clinic-radius=8px] - Corner radius.
 * @fires sensitive-content-preference - On `document`, when a visitor turns "show all" on or off. Detail: `{ showAll }`.
 */
export class SensitiveContent extends LitElement {
  static override styles = [themeStyles, buttonStyles, checkboxStyles, sensitiveContentStyles];
  static override properties: PropertyDeclarations = {
    context: { state: true },
    revealed: { state: true },
    showAll: { state: true },
    warning: {},
    theme: { reflect: true },
  };

  #locale = new LocaleController(this);
  #revealedNodes: Node[] = [];

  declare private context: ClinicContext;

  private get content() {
    return this.renderRoot.querySelector<HTMLElement>('[part="content"]')!;
  }
  private get showButton() {
    return this.renderRoot.querySelector<HTMLButtonElement>('[part="show-button"]')!;
  }
  declare private revealed: boolean;
  declare private showAll: boolean;

  /** `nudity` (the default text, from the Terms of Use) or your own warning text. */
  declare warning: string;

  /** `light`, `dark` or `auto`. Unset, the surrounding `<clinic-provider>` (or the page's tokens) applies. */
  declare theme?: Theme;

  constructor() {
    super();
    consumeClinicContext(this, (context) => (this.context = context));
    this.context = defaultClinicContext;
    this.revealed = false;
    this.showAll = false;
    this.warning = 'nudity';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener(preferenceEvent, this.#onPreference);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener(preferenceEvent, this.#onPreference);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('theme') && this.theme != null) this.theme = oneOf('sensitive-content', 'theme', this.theme, themes, 'light');
    // The provider's namespace arrives with the context, after the first connection.
    if (changed.has('context') && this.#readPreference()) {
      this.showAll = true;
      this.#reveal(false);
    }
  }

  protected override firstUpdated(): void {
    if (!this.querySelector(':scope > template')) {
      console.warn('clinic-elements: <sensitive-content> has no <template>; its content was downloaded before the visitor chose. Put it inside a <template>.');
    }
  }

  /** Shows the content; focus moves to it unless `focus` is false. */
  async reveal(focus = true): Promise<void> {
    this.#reveal(focus);
  }

  /** Puts the cover back; focus moves to its Show button. */
  async hide(): Promise<void> {
    this.#revealedNodes.forEach((node) => node.parentNode === this && this.removeChild(node));
    this.#revealedNodes = [];
    this.revealed = false;
    await this.updateComplete;
    this.showButton?.focus();
  }

  #reveal(focus: boolean): void {
    if (this.revealed) return;
    const template = this.querySelector<HTMLTemplateElement>(':scope > template');
    if (template) {
      this.#revealedNodes = [...(template.content.cloneNode(true) as DocumentFragment).childNodes];
      this.append(...this.#revealedNodes);
    }
    this.revealed = true;
    if (focus) void this.updateComplete.then(() => this.content.focus());
  }

  #storage(): ClinicStorage {
    // The site-wide choice is a preference: it outlives the session only with that consent.
    const allowed = window.clinicConsent?.granted('preferences') === true;
    return storageFor(allowed ? 'local' : 'session', this.context.storageNamespace);
  }

  #readPreference(): boolean {
    const read = (kind: 'local' | 'session') => storageFor(kind, this.context.storageNamespace).read(preferenceKey, 1, isPreference);
    return (read('local') ?? read('session'))?.showAll === true;
  }

  #setPreference(showAll: boolean): void {
    const storage = this.#storage();
    if (showAll) storage.write(preferenceKey, 1, { showAll });
    else (['local', 'session'] as const).forEach((kind) => storageFor(kind, this.context.storageNamespace).remove(preferenceKey));
    document.dispatchEvent(new CustomEvent<SensitivePreferenceDetail>(preferenceEvent, { detail: { showAll } }));
  }

  #onPreference = (event: Event) => {
    const { showAll } = (event as CustomEvent<SensitivePreferenceDetail>).detail;
    this.showAll = showAll;
    if (showAll) this.#reveal(false);
  };

  #onShow = () => {
    const wantsAll = this.renderRoot.querySelector<HTMLInputElement>('#show-all')?.checked === true;
    this.#reveal(true);
    if (wantsAll && !this.showAll) this.#setPreference(true);
  };

  protected override render() {
    const locale = this.#locale.locale;
    const warning = this.warning.trim() === '' || this.warning === 'nudity' ? translate(sensitiveStrings, locale, 'nudity') : this.warning;
    const showAllBox = (id: string) => html`
      <label>
        <input id=${id} type="checkbox" .checked=${this.showAll} @change=${(e: Event) => id === 'keep-showing' && this.#setPreference((e.target as HTMLInputElement).checked)} />
        ${translate(sensitiveStrings, locale, 'showAll')}
      </label>
    `;
    return html`
      <div part="cover" class="cover" role="group" aria-labelledby="title" aria-describedby="text" lang=${locale} ?hidden=${this.revealed}>
        <p id="title" class="title">${translate(sensitiveStrings, locale, 'title')}</p>
        <p id="text" class="text">${warning}</p>
        ${showAllBox('show-all')}
        <button part="show-button" type="button" @click=${this.#onShow}>${translate(sensitiveStrings, locale, 'show')}</button>
      </div>
      <div part="content" class="content" tabindex="-1" ?hidden=${!this.revealed}><slot></slot></div>
      <div class="tools" lang=${locale} ?hidden=${!this.revealed}>
        <button part="hide-button" type="button" @click=${() => this.hide()}>${translate(sensitiveStrings, locale, 'hide')}</button>
        ${showAllBox('keep-showing')}
      </div>
    `;
  }
}
