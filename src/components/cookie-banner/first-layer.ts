import type { ConsentConfig } from '../../core/consent/decision-core.js';
import type { ConsentChoice } from '../../core/consent/consent-types.js';
import { globalPrivacyControl } from '../../core/consent/gpc.js';
import { translate } from '../../core/i18n/messages.js';
import { element } from './dom.js';
import { bannerStrings, type BannerStringKey } from './cookie-banner.strings.js';

/** What the site asks consent for, in one sentence naming only the categories the banner asks about. */
export function consentSentence({ categories, customCategories }: ConsentConfig, locale: string): string {
  const lang = locale.split('-')[0];
  const purposes = categories.slice(1).map((name) => {
    const own = customCategories.find((category) => category.name === name);
    return own
      ? (own.purpose[lang] ?? own.purpose.en ?? own.label[lang] ?? own.label.en)
      : translate(bannerStrings, locale, `purpose.${name}` as BannerStringKey);
  });
  return purposes.length
    ? translate(bannerStrings, locale, 'text', { purposes: new Intl.ListFormat(locale).format(purposes) })
    : translate(bannerStrings, locale, 'onlyNecessary');
}

export interface FirstLayerOptions {
  locale: string;
  modal: boolean;
  href: string | null;
  config: ConsentConfig;
  /** The visitor decided for an earlier policy version (the banner then says what changed, when told). */
  askedBefore: boolean;
  decide(choice: ConsentChoice): void;
  customize(): void;
}

/** The first layer of `banner`: the question, the policy link, and three choices of equal weight. */
export function firstLayer(banner: HTMLElement, { locale, modal, href, config, askedBefore, decide, customize }: FirstLayerOptions): HTMLElement {
  const t = (key: BannerStringKey) => translate(bannerStrings, locale, key);
  const choice = (part: string, key: BannerStringKey, onclick: () => void) => element('button', { part, type: 'button', onclick }, t(key));
  const changes = banner.getAttribute('policy-changes');
  const content = [
    element('h2', { id: 'banner-title', tabindex: '-1', autofocus: modal }, t('title')),
    // The clinic's own sentence, slotted as `<p slot="text">`, replaces the built-in one.
    element('p', {}, element('slot', { name: 'text' }, consentSentence(config, locale)), ' ', href && element('a', { href }, t('policyLink'))),
    askedBefore &&
      (changes || banner.querySelector('[slot="changes"]')) &&
      element('p', { class: 'changes' }, `${t('changed')} `, element('slot', { name: 'changes' }, changes)),
    globalPrivacyControl() && element('p', { class: 'gpc' }, t('gpc')),
    element(
      'div',
      { part: 'actions', class: 'actions' },
      choice('accept-button', 'acceptAll', () => decide('accept-all')),
      choice('reject-button', 'rejectAll', () => decide('reject-all')),
      choice('customize-button', 'customize', customize),
    ),
  ];
  const shared = { part: 'banner', class: 'banner', 'aria-labelledby': 'banner-title', lang: locale };
  // The region role is stated as well as implied: the banner is found as a landmark in every reader.
  return modal
    ? element('dialog', { ...shared, id: 'first-layer', oncancel: (event) => event.preventDefault() }, ...content)
    : element('section', { ...shared, role: 'region' }, ...content);
}
