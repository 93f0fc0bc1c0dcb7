import { expect, fixture, html } from '@open-wc/testing';
import { matchLocale, msg, resolveLocale } from '../src/core/i18n.js';

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

  it('has every UI string in English and Spanish', () => {
    expect(msg('en', 'disclaimer.label')).to.equal('Medical disclaimer');
    expect(msg('es', 'disclaimer.label')).to.equal('Aviso médico');
    expect(msg('es', 'disclaimer.link')).to.equal('Lea los Términos de uso completos');
  });
});
