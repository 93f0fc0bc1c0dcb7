import { css } from '@lit/reactive-element/css-tag.js';
import { html, nothing } from 'lit/html.js';
import type { ConsentStore } from '../../core/consent/consent-store.js';
import type { ConsentChoice } from '../../core/consent/consent-types.js';
import { globalPrivacyControl } from '../../core/consent/gpc.js';
import { translate } from '../../core/i18n/messages.js';
import { type Locale } from '../../core/i18n/locale.js';
import type { CategoryText } from './cookie-banner.js';
import { bannerStrings } from './cookie-banner.strings.js';
import { preferencesStrings, type PreferencesStringKey } from './cookie-preferences.strings.js';

/**
 * The preferences dialog of `<cookie-banner>`, loaded the first time a visitor asks for it: a
 * switch per category with its description from the Privacy Policy, and Save. The switches are
 * the state: Save reads them, so nothing is kept here between openings.
 */
export function template(store: ConsentStore, locale: Locale, categoryText: CategoryText, onDecide: (choice: ConsentChoice) => void) {
  const t = (key: PreferencesStringKey) => translate(preferencesStrings, locale, key);
  const text = (category: string, field: 'label' | 'description') =>
    categoryText[category]?.[field] ?? translate(preferencesStrings, locale, `${category}.${field}` as PreferencesStringKey);
  const save = (event: Event) => {
    const dialog = (event.target as Element).closest('dialog')!;
    const switches = [...dialog.querySelectorAll<HTMLInputElement>('input[role="switch"]')];
    onDecide(Object.fromEntries(switches.map((input) => [input.name, input.checked])));
  };
  // A native checkbox with role=switch exposes its state itself; aria-checked would duplicate it (ARIA in HTML).
  /* eslint-disable lit-a11y/role-has-required-aria-attrs */
  return html`
    <dialog id="preferences" part="preferences" class="preferences" aria-labelledby="preferences-title" lang=${locale}>
      <h2 id="preferences-title">${t('preferencesTitle')}</h2>
      <p>${t('preferencesIntro')}</p>
      ${globalPrivacyControl() ? html`<p class="gpc">${translate(bannerStrings, locale, 'gpc')}</p>` : nothing}
      <ul class="categories">
        ${store.options.categories.map(
          (category) => html`
            <li>
              <div class="switch-row">
                <label for="switch-${category}">${text(category, 'label')}</label>
                ${category === 'necessary' ? html`<span class="always-on">${t('alwaysOn')}</span>` : nothing}
                <input id="switch-${category}" name=${category} type="checkbox" role="switch" aria-describedby="description-${category}" ?disabled=${category === 'necessary'} />
              </div>
              <p id="description-${category}" class="description">${text(category, 'description')}</p>
            </li>
          `,
        )}
      </ul>
      <div class="actions">
        <button part="save-button" type="button" @click=${save}>${t('save')}</button>
        <button type="button" @click=${() => onDecide('accept-all')}>${translate(bannerStrings, locale, 'acceptAll')}</button>
        <button type="button" @click=${() => onDecide('reject-all')}>${translate(bannerStrings, locale, 'rejectAll')}</button>
      </div>
      <button class="close" type="button" aria-label=${t('close')} @click=${(e: Event) => (e.target as Element).closest('dialog')!.close()}>×</button>
    </dialog>
  `;
  /* eslint-enable lit-a11y/role-has-required-aria-attrs */
}

/** Fills the switches from the current decision (everything off without one) and opens the dialog. */
export function open(root: ShadowRoot, store: ConsentStore): void {
  const dialog = root.querySelector<HTMLDialogElement>('#preferences')!;
  dialog.querySelectorAll<HTMLInputElement>('input[role="switch"]').forEach((input) => (input.checked = store.granted(input.name)));
  if (!dialog.open) dialog.showModal();
}

const adopted = new WeakSet<ShadowRoot>();

export function adopt(root: ShadowRoot): void {
  if (adopted.has(root) || !preferencesStyles.styleSheet) return;
  adopted.add(root);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, preferencesStyles.styleSheet];
}

const preferencesStyles = css`
  .categories {
    margin: 0 0 1rem;
    padding: 0;
    list-style: none;
  }
  .categories li {
    padding: 0.75rem 0;
    border-bottom: 1px solid var(--clinic-color-border, #c5cfda);
  }
  .switch-row {
    display: flex;
    align-items: center;
    gap: 0.75rem;
  }
  .switch-row label {
    flex: 1;
    font-weight: 600;
  }
  .always-on,
  .description {
    color: var(--clinic-color-muted, #4a5563);
    font-size: 0.9375em;
  }
  .description {
    margin: 0.25rem 0 0;
  }
  input[role='switch'] {
    appearance: none;
    flex: none;
    position: relative;
    width: 3rem;
    height: 1.75rem;
    margin: 0;
    border: 2px solid var(--clinic-color-muted, #4a5563);
    border-radius: 1rem;
    background: var(--clinic-color-surface, #ffffff);
    cursor: pointer;
  }
  input[role='switch']::before {
    content: '';
    position: absolute;
    top: 2px;
    inset-inline-start: 2px;
    width: 1.25rem;
    height: 1.25rem;
    border-radius: 50%;
    background: var(--clinic-color-muted, #4a5563);
  }
  input[role='switch']:checked {
    border-color: var(--clinic-color-accent, #0b5cad);
    background: var(--clinic-color-accent, #0b5cad);
  }
  input[role='switch']:checked::before {
    inset-inline-start: calc(100% - 1.25rem - 2px);
    background: var(--clinic-color-on-accent, #ffffff);
  }
  input[role='switch']:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  @media (prefers-reduced-motion: no-preference) {
    input[role='switch']::before {
      transition: inset-inline-start 120ms ease-out;
    }
  }
  .close {
    position: absolute;
    top: 0.5rem;
    inset-inline-end: 0.5rem;
    min-width: 44px;
    padding: 0;
    border-color: transparent;
    background: transparent;
    color: var(--clinic-color-text, #1d2733);
    font-size: 1.5rem;
    line-height: 1;
  }
  @media (forced-colors: active) {
    input[role='switch'] {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
    }
    input[role='switch']::before {
      background: CanvasText;
    }
    input[role='switch']:checked {
      background: Highlight;
    }
    input[role='switch']:checked::before {
      background: HighlightText;
    }
  }
`;
