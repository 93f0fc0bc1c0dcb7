import type { ConsentStore } from '../../core/consent/consent-store.js';
import { placeholderTargets, release } from '../../core/consent/script-gate.js';
import { allowedHere, consentNames, servicePrefix } from '../../core/consent/services.js';
import { translate } from '../../core/i18n/messages.js';
import { resolveLocale } from '../../core/i18n/locale.js';
import { buttonCss, cssText, themeCss } from '../shared/theme-css.js';
import { element, flatText, lazySheet } from './dom.js';
import { placeholderStrings, type PlaceholderStringKey } from './embed-placeholder.strings.js';
import { preferencesStrings, type PreferencesStringKey } from './cookie-preferences.strings.js';

const kinds = ['video', 'audio', 'map', 'content'];

/**
 * Shows a box in place of each held-back embed, the size of the embed (so nothing moves when it
 * loads): what it is, who receives data, "Load this video" (this embed, this once) and "Always
 * allow YouTube" (grants the service, with a receipt of the box's words). Loaded only on a page
 * with such an embed. On a sensitive page, a tracking service's box says why it stays held back.
 */
export function placeholdAll(store: ConsentStore): void {
  document.querySelectorAll<HTMLElement>(placeholderTargets).forEach((embed) => placehold(embed, store));
}

function placehold(embed: HTMLElement, store: ConsentStore): void {
  const names = consentNames(embed.getAttribute('data-consent'));
  const name = names.find((candidate) => candidate.startsWith(servicePrefix)) ?? names[0];
  const service = store.service(name);
  const locale = resolveLocale(embed);
  const categoryLabel = `${name}.label` as PreferencesStringKey;
  const label = service?.label ?? (categoryLabel in preferencesStrings.en ? translate(preferencesStrings, locale, categoryLabel) : name);
  const vendor = service?.vendor || label;
  const held = !allowedHere(name, true, service, store.options.sensitivePage);
  const kind = embed.getAttribute('data-placeholder') ?? embed.localName;
  const t = (key: PlaceholderStringKey) => translate(placeholderStrings, locale, key, { label, vendor });

  const { width, height } = embed.getBoundingClientRect();
  const box = element('div', { 'data-consent-placeholder-for': name, lang: locale });
  box.style.width = `${width || Number(embed.getAttribute('width')) || 560}px`;
  box.style.aspectRatio = `${width || Number(embed.getAttribute('width')) || 16} / ${height || Number(embed.getAttribute('height')) || 9}`;
  box.style.maxWidth = '100%';
  const root = box.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [placeholderSheet()];

  const loadOnce = () => {
    remove();
    release(embed);
    embed.focus();
  };
  const allowAlways = () => {
    store.presented('placeholder', flatText(root));
    window.clinicConsent?.grant(name);
    // Where the box was, focus goes on to what it loaded.
    if (embed.hasAttribute('data-consent-ran')) embed.focus();
  };
  root.append(
    element(
      'div',
      { part: 'placeholder', class: 'placeholder', role: 'group', 'aria-labelledby': 'title' },
      element('p', { id: 'title', class: 'title' }, t('title')),
      element('p', {}, t(held ? 'sensitive' : 'receiver')),
      !held &&
        element(
          'div',
          { class: 'actions' },
          element(
            'button',
            { part: 'placeholder-load-button', type: 'button', onclick: loadOnce },
            t(`load.${kinds.includes(kind) ? kind : 'content'}` as PlaceholderStringKey),
          ),
          element('button', { part: 'placeholder-allow-button', type: 'button', onclick: allowAlways }, t('allow')),
        ),
      !!service?.privacyHref && element('a', { href: service.privacyHref!, target: '_blank', rel: 'noopener' }, t('privacy')),
    ),
  );

  // Hidden with an inline style (a page's `iframe { display: block }` would beat the `hidden` attribute).
  const display = embed.style.display;
  const remove = () => {
    box.remove();
    embed.style.display = display;
    embed.removeAttribute('data-consent-placeholder');
  };
  embed.setAttribute('data-consent-placeholder', '');
  embed.addEventListener('consent-released', remove, { once: true });
  embed.before(box);
  embed.style.display = 'none';
}

const placeholderCss = cssText`
  :host {
    display: block;
    box-sizing: border-box;
    line-height: 1.5;
  }
  /* At least the embed's box; taller where its words need more room (a phone), never cut off. */
  .placeholder {
    box-sizing: border-box;
    min-height: 100%;
    padding: var(--clinic-space, 1em);
    border: 1px solid var(--clinic-color-border, #c5cfda);
    border-radius: var(--clinic-radius, 8px);
    background: var(--clinic-color-surface-alt, #f2f5f8);
    color: var(--clinic-color-text, #1d2733);
  }
  p {
    margin: 0 0 0.75em;
  }
  .title {
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-bottom: 0.75em;
  }
  @media (forced-colors: active) {
    .placeholder {
      border: 2px solid CanvasText;
    }
  }
`;

const placeholderSheet = lazySheet(themeCss + buttonCss + placeholderCss);
