import { placeholderStrings } from '../src/components/cookie-banner/embed-placeholder.strings.js';
import { choicesStrings } from '../src/components/cookie-banner/privacy-choices.strings.js';
import { expect, fixture, html } from '@open-wc/testing';
import { bannerStrings } from '../src/components/cookie-banner/cookie-banner.strings.js';
import { preferencesStrings } from '../src/components/cookie-banner/cookie-preferences.strings.js';
import { disclaimerStrings } from '../src/components/medical-disclaimer/medical-disclaimer.strings.js';
import { guideStrings } from '../src/components/procedure-guide/procedure-guide.strings.js';
import { sensitiveStrings } from '../src/components/sensitive-content/sensitive-content.strings.js';
import { ageGateStrings } from '../src/components/age-gate/age-gate.strings.js';
import { legalStrings } from '../src/components/legal-document/legal-document.strings.js';
import { termsAcceptStrings } from '../src/components/terms-accept/terms-accept.strings.js';
import { loadErrorStrings } from '../src/components/shared/load-error.strings.js';
import { reloadStrings } from '../src/components/cookie-banner/withdrawal.strings.js';
import { changesStrings } from '../src/components/legal-document/legal-changes.strings.js';
import { timelineStrings } from '../src/components/procedure-guide/recovery-timeline.strings.js';
import { defineMessages, translate, type Messages } from '../src/core/i18n/messages.js';
import { matchLocale, resolveLocale } from '../src/core/i18n/locale.js';

describe('i18n', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('matches regional and differently-cased tags to a supported language', () => {
    expect(matchLocale('es-MX')).to.equal('es');
    expect(matchLocale('ES')).to.equal('es');
    expect(matchLocale('en_GB')).to.equal('en');
    expect(matchLocale('fr')).to.equal(null);
    expect(matchLocale('')).to.equal(null);
    expect(matchLocale(null)).to.equal(null);
  });

  it("prefers the element's own lang, then the closest ancestor's, then <html lang>", async () => {
    document.documentElement.lang = 'es';
    const page = await fixture<HTMLElement>(html`<div lang="en"><section><span id="inner"></span><span id="own" lang="es"></span></section></div>`);
    const outside = await fixture<HTMLElement>(html`<p></p>`);

    expect(resolveLocale(page.querySelector('#own')!)).to.equal('es');
    expect(resolveLocale(page.querySelector('#inner')!)).to.equal('en');
    expect(resolveLocale(outside)).to.equal('es');
  });

  it('skips a language it does not speak and keeps looking further up', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="es"><p lang="fr"><span></span></p></div>`);
    expect(resolveLocale(page.querySelector('span')!)).to.equal('es');
  });

  it('follows lang across shadow roots', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="es"><div class="host"></div></div>`);
    const shadow = host.querySelector('.host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p><b></b></p>';
    expect(resolveLocale(shadow.querySelector('b')!)).to.equal('es');
  });

  it('falls back to English with no usable lang anywhere', async () => {
    document.documentElement.removeAttribute('lang');
    expect(resolveLocale(await fixture(html`<p></p>`))).to.equal('en');
  });

  const allStrings: Record<string, Messages<string>> = {
    ageGateStrings,
    bannerStrings,
    legalStrings,
    disclaimerStrings,
    guideStrings,
    loadErrorStrings,
    preferencesStrings,
    sensitiveStrings,
    termsAcceptStrings,
    reloadStrings,
    changesStrings,
    timelineStrings,
    placeholderStrings,
    choicesStrings,
  };
  for (const [name, strings] of Object.entries(allStrings)) {
    it(`${name}: every UI string exists, non-empty and different, in English and Spanish`, () => {
      expect(Object.keys(strings.es)).to.deep.equal(Object.keys(strings.en));
      for (const key of Object.keys(strings.en)) {
        expect(strings.es[key].trim(), key).not.to.equal('');
        expect(strings.es[key], key).not.to.equal(strings.en[key]);
        expect([...strings.es[key].matchAll(/\{\w+\}/g)].map(String).sort(), `${key} keeps its parameters`).to.deep.equal(
          [...strings.en[key].matchAll(/\{\w+\}/g)].map(String).sort(),
        );
      }
    });
  }

  it('fills parameters and leaves unknown ones visible', () => {
    const strings = defineMessages('test-steps', { step: 'Step {n} of {total}' }, { step: 'Paso {n} de {total}' });
    expect(translate(strings, 'es', 'step', { n: 2, total: 11 })).to.equal('Paso 2 de 11');
    expect(translate(strings, 'en', 'step', { n: 2 })).to.equal('Step 2 of {total}');
  });
});
