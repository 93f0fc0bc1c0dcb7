import type { ConsentStore } from '../../core/consent/consent-store.js';
import type { ConsentChoice } from '../../core/consent/consent-types.js';
import { servicePrefix, type ConsentCategory, type ConsentService } from '../../core/consent/services.js';
import { globalPrivacyControl } from '../../core/consent/gpc.js';
import { translate } from '../../core/i18n/messages.js';
import { type Locale } from '../../core/i18n/locale.js';
import { cssText } from '../shared/theme-css.js';
import type { CategoryText } from './cookie-banner.js';
import { bannerStrings } from './cookie-banner.strings.js';
import { preferencesStrings, type PreferencesStringKey } from './cookie-preferences.strings.js';
import { adoptSheet, element, flatText, lazySheet } from './dom.js';

/**
 * The preferences dialog of `<cookie-banner>`, loaded the first time a visitor asks for it (or
 * while the page is idle once the banner shows): a switch per category with its description from
 * the Privacy Policy, under it a switch per declared service with who receives what (the "cookie
 * table"), and Save. The switches are the state: Save reads them, so nothing is kept here between
 * openings.
 */
export function open(
  root: ShadowRoot,
  store: ConsentStore,
  locale: Locale,
  categoryText: CategoryText,
  customCategories: ConsentCategory[],
  onDecide: (choice: ConsentChoice) => void,
): void {
  prepare(root);
  let dialog = root.querySelector<HTMLDialogElement>('#preferences');
  // Built again when the language, the categories' texts or the consent id have changed since (never while it is open).
  const from = locale + JSON.stringify(categoryText) + store.consentId;
  if (!dialog || (!dialog.open && builtFrom.get(dialog) !== from)) {
    const own = Object.fromEntries(
      customCategories.map(({ name, label, description }) => [name, { label: pick(label, locale), description: pick(description, locale) }]),
    );
    const built = build(store, locale, { ...own, ...categoryText }, onDecide);
    if (dialog) dialog.replaceWith(built);
    else root.insertBefore(built, root.querySelector('[role="status"]'));
    builtFrom.set((dialog = built), from);
  }
  dialog.querySelectorAll<HTMLInputElement>('input[role="switch"]').forEach((input) => (input.checked = store.granted(input.name)));
  // A category's switch is on when all its services are (Global Privacy Control may have kept one off).
  dialog.querySelectorAll<HTMLElement>('[data-category]').forEach((list) => {
    const category = dialog.querySelector<HTMLInputElement>(`#switch-${list.dataset.category}`)!;
    category.checked &&= [...list.querySelectorAll('input')].every((input) => input.checked);
  });
  if (!dialog.open) dialog.showModal();
  store.presented('preferences', flatText(dialog));
}

/** The text in the page's language, else in English. */
const pick = (texts: Record<string, string>, locale: string) => texts[locale.split('-')[0]] ?? texts.en;

/** Parses and adopts the dialog's styles ahead of time (when fetched while the page is idle), so it opens at once. */
export function prepare(root: ShadowRoot): void {
  adoptSheet(root, preferencesSheet());
}

const builtFrom = new WeakMap<HTMLDialogElement, string>();

function build(store: ConsentStore, locale: Locale, categoryText: CategoryText, onDecide: (choice: ConsentChoice) => void): HTMLDialogElement {
  const t = (key: PreferencesStringKey) => translate(preferencesStrings, locale, key);
  const text = (category: string, field: 'label' | 'description') => categoryText[category]?.[field] ?? t(`${category}.${field}` as PreferencesStringKey);
  const save = () => {
    const switches = [...dialog.querySelectorAll<HTMLInputElement>('input[role="switch"]')];
    onDecide(Object.fromEntries(switches.map((input) => [input.name, input.checked])));
  };
  // A native checkbox with role=switch exposes its state itself; aria-checked would duplicate it (ARIA in HTML).
  const switchRow = (id: string, name: string, label: string, locked: boolean, onchange: () => void) =>
    element(
      'div',
      { class: 'switch-row' },
      element('input', { id: `switch-${id}`, name, type: 'checkbox', role: 'switch', 'aria-describedby': `description-${id}`, disabled: locked, onchange }),
      element('label', { id: `label-${id}`, for: `switch-${id}` }, label),
      locked && element('span', { class: 'always-on' }, t('alwaysOn')),
    );
  const inputs = (selector: string) => [...dialog.querySelectorAll<HTMLInputElement>(selector)];
  // The category's switch sets all its services; it is on when all of them are.
  const category = (id: string) => {
    const services = store.options.services.filter((service) => service.category === id);
    const ofServices = `[data-category="${id}"] input`;
    return element(
      'li',
      {},
      switchRow(id, id, text(id, 'label'), id === 'necessary', () =>
        inputs(ofServices).forEach((input) => (input.checked = inputs(`#switch-${id}`)[0].checked)),
      ),
      element('p', { id: `description-${id}`, class: 'description' }, text(id, 'description')),
      services.length > 0 &&
        element(
          'div',
          { role: 'group', 'aria-labelledby': `label-${id}` },
          element(
            'ul',
            { class: 'services', 'data-category': id },
            ...services.map((service) =>
              serviceItem(service, id === 'necessary', () => (inputs(`#switch-${id}`)[0].checked = inputs(ofServices).every((input) => input.checked))),
            ),
          ),
        ),
    );
  };
  /** A service's switch, and who receives what: vendor, purpose, cookies and the vendor's privacy policy. */
  const serviceItem = (service: ConsentService, locked: boolean, onchange: () => void) => {
    const id = `service-${service.name}`;
    const row = (term: PreferencesStringKey, ...value: (Node | string | null)[]) => [element('dt', {}, t(term)), element('dd', {}, ...value)];
    return element(
      'li',
      {},
      switchRow(id, servicePrefix + service.name, service.label, locked, onchange),
      element(
        'dl',
        { id: `description-${id}`, class: 'description' },
        ...(service.vendor ? row('vendor', service.vendor) : []),
        ...(service.purpose ? row('purpose', service.purpose) : []),
        ...row('cookies', service.cookies.join(', ') || t('none')),
        ...(service.saleOrShare ? row('sale', t('saleYes')) : []),
        ...(service.privacyHref ? row('privacy', element('a', { href: service.privacyHref, target: '_blank', rel: 'noopener' }, service.privacyHref)) : []),
      ),
    );
  };
  const dialog = element(
    'dialog',
    { id: 'preferences', part: 'preferences', class: 'preferences', 'aria-labelledby': 'preferences-title', lang: locale },
    element('h2', { id: 'preferences-title' }, t('preferencesTitle')),
    element('p', {}, t('preferencesIntro')),
    globalPrivacyControl() && element('p', { class: 'gpc' }, translate(bannerStrings, locale, 'gpc')),
    store.options.sensitivePage && element('p', { class: 'sensitive' }, t('sensitive')),
    // The switches are one group, named by the dialog's title; each category's services a group named by the category.
    element(
      'div',
      { role: 'group', 'aria-labelledby': 'preferences-title' },
      element('ul', { class: 'categories' }, ...store.options.categories.map(category)),
    ),
    element(
      'div',
      { class: 'actions' },
      element('button', { part: 'save-button', type: 'button', onclick: save }, t('save')),
      element('button', { type: 'button', onclick: () => onDecide('accept-all') }, translate(bannerStrings, locale, 'acceptAll')),
      element('button', { type: 'button', onclick: () => onDecide('reject-all') }, translate(bannerStrings, locale, 'rejectAll')),
    ),
    store.consentId && element('p', { class: 'consent-id' }, `${t('consentId')} `, element('code', {}, store.consentId)),
    element('button', { class: 'close', type: 'button', 'aria-label': t('close'), onclick: () => dialog.close() }, '×'),
  ) as HTMLDialogElement;
  return dialog;
}

const preferencesCss = cssText`
  .preferences {
    color: var(--clinic-color-text, #1d2733);
    background: var(--clinic-color-surface, #ffffff);
    border: 1px solid var(--clinic-color-border, #c5cfda);
    box-shadow: 0 6px 24px rgb(0 0 0 / 18%);
  }
  .categories {
    margin: 0 0 1em;
    padding: 0;
    list-style: none;
  }
  .categories li {
    padding: 0.75em 0;
    border-bottom: 1px solid var(--clinic-color-border, #c5cfda);
  }
  .switch-row {
    display: flex;
    align-items: center;
    gap: 0.75em;
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
    margin: 0.25em 0 0;
  }
  .services {
    margin: 0.5em 0 0;
    padding-inline-start: 1em;
    list-style: none;
    border-inline-start: 2px solid var(--clinic-color-border, #c5cfda);
  }
  .services li {
    padding: 0.5em 0;
    border: 0;
  }
  .services .switch-row label {
    font-weight: 500;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0 0 0.25em;
    overflow-wrap: anywhere;
  }
  .consent-id code {
    overflow-wrap: anywhere;
  }
  /* Grows with the text, never under the 24 px target size (WCAG 2.5.8) however small the page's root size. */
  input[role='switch'] {
    --switch-height: max(1.75em, 28px);
    appearance: none;
    flex: none;
    position: relative;
    width: calc(var(--switch-height) * 1.7);
    height: var(--switch-height);
    margin: 0;
    border: 2px solid var(--clinic-color-muted, #4a5563);
    border-radius: calc(var(--switch-height) / 2);
    background: var(--clinic-color-surface, #ffffff);
    cursor: pointer;
  }
  input[role='switch']::before {
    content: '';
    position: absolute;
    top: 2px;
    inset-inline-start: 2px;
    width: calc(var(--switch-height) - 8px);
    height: calc(var(--switch-height) - 8px);
    border-radius: 50%;
    background: var(--clinic-color-muted, #4a5563);
  }
  input[role='switch']:checked {
    border-color: var(--clinic-color-accent, #0b5cad);
    background: var(--clinic-color-accent, #0b5cad);
  }
  input[role='switch']:checked::before {
    inset-inline-start: calc(100% - var(--switch-height) + 6px);
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
    top: 0.5em;
    inset-inline-end: 0.5em;
    min-width: 44px;
    padding: 0;
    border-color: transparent;
    background: transparent;
    color: var(--clinic-color-text, #1d2733);
    font-size: 1.5em;
    line-height: 1;
  }
  @media (forced-colors: active) {
    .preferences {
      border: 2px solid CanvasText;
    }
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

const preferencesSheet = lazySheet(preferencesCss);
