import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { closestName, editDistance, isGlobalAttribute, unknownAttribute } from '../src/core/platform/attribute-names.js';
import { warningsOfEachTest } from './helpers.js';

describe('attribute names (core)', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours as one edit each', () => {
    expect(editDistance('privacy-hraf', 'privacy-href')).to.equal(1);
    expect(editDistance('polcy-version', 'policy-version')).to.equal(1);
    expect(editDistance('scr', 'src')).to.equal(1);
    expect(editDistance('kitten', 'sitting')).to.equal(3);
    expect(editDistance('', 'abc')).to.equal(3);
    expect(editDistance('same', 'same')).to.equal(0);
  });

  it('suggests the closest name only when it is close for the name’s length', () => {
    const banner = ['policy-version', 'privacy-href', 'policy-changes', 'layout', 'lang'];
    expect(closestName('polcy-version', banner)).to.equal('policy-version');
    expect(closestName('privacy-hraf', banner)).to.equal('privacy-href');
    expect(closestName('policyversion', banner)).to.equal('policy-version');
    expect(closestName('lyout', banner)).to.equal('layout');
    expect(closestName('lng', banner)).to.equal('lang');
    // Short names allow one edit; long ones three.
    expect(closestName('xyz', ['src'])).to.equal(null);
    expect(closestName('frobnicate', banner)).to.equal(null);
    expect(closestName('polcyversin', banner)).to.equal('policy-version');
    expect(closestName('plcyversin', banner)).to.equal(null);
  });

  it('knows the global attributes and what frameworks leave on elements', () => {
    for (const name of ['id', 'class', 'style', 'slot', 'part', 'hidden', 'lang', 'dir', 'tabindex', 'role', 'inert', 'popover', 'nonce', 'is']) {
      expect(isGlobalAttribute(name), name).to.equal(true);
    }
    for (const name of [
      'data-x',
      'aria-label',
      'onclick',
      'data-v-7ba5bd90',
      '_ngcontent-ng-c123',
      'ng-reflect-mode',
      'x-data',
      ':value',
      '@click',
      'hx-get',
    ]) {
      expect(isGlobalAttribute(name), name).to.equal(true);
    }
    for (const name of ['polcy-version', 'on', 'data', 'aria', 'src']) expect(isGlobalAttribute(name), name).to.equal(false);
  });

  it('words the problem, with the closest known or global name when there is one', () => {
    expect(unknownAttribute('privacy-hraf', ['privacy-href'])).to.equal('has no attribute "privacy-hraf"; did you mean "privacy-href"?');
    expect(unknownAttribute('frobnicate', ['privacy-href'])).to.equal('has no attribute "frobnicate".');
    expect(unknownAttribute('tabindx', [])).to.equal('has no attribute "tabindx"; did you mean "tabindex"?');
    expect(unknownAttribute('privacy-href', ['privacy-href'])).to.equal(null);
    expect(unknownAttribute('data-anything', [])).to.equal(null);
  });
});

describe('unknown attributes on the elements', () => {
  const warnings = warningsOfEachTest();
  const unknown = () => warnings.messages.filter((message) => message.includes('has no attribute'));

  /** Waits until `expected` are all warned, then one more idle period, and returns every unknown-attribute warning. */
  async function warnedAfter(expected: string[]): Promise<string[]> {
    await waitUntil(() => expected.every((message) => warnings.messages.includes(message)), `not warned: ${expected.join(' | ')}`, { timeout: 5000 });
    await new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 50)));
    return unknown();
  }

  it('warns once per element and attribute, after the page has rendered, with the closest name', async () => {
    await fixture(`<div>
      <cookie-banner policy-version="1" privacy-hraf="/privacy"></cookie-banner>
      <terms-accept name="terms" requird></terms-accept>
      <terms-accept name="terms-again" requird></terms-accept>
      <medical-disclaimer frobnicate></medical-disclaimer>
      <sensitive-content warnin="Before and after photos"></sensitive-content>
    </div>`);
    // Nothing is checked while the elements render: the check waits for an idle moment.
    expect(unknown()).to.deep.equal([]);
    const expected = [
      'clinic-elements: <cookie-banner> has no attribute "privacy-hraf"; did you mean "privacy-href"?',
      'clinic-elements: <terms-accept> has no attribute "requird"; did you mean "required"?',
      'clinic-elements: <medical-disclaimer> has no attribute "frobnicate".',
      'clinic-elements: <sensitive-content> has no attribute "warnin"; did you mean "warning"?',
    ];
    expect(await warnedAfter(expected))
      .to.have.members(expected)
      .and.to.have.length(expected.length);
  });

  it('checks elements added later, as a framework adds them', async () => {
    const page = await fixture<HTMLElement>(`<div></div>`);
    const notice = document.createElement('site-notice');
    notice.setAttribute('notice-idd', 'maintenance');
    page.append(notice);
    page.insertAdjacentHTML('beforeend', '<legal-document documnt="privacy"></legal-document>');
    const expected = [
      'clinic-elements: <site-notice> has no attribute "notice-idd"; did you mean "notice-id"?',
      'clinic-elements: <legal-document> has no attribute "documnt"; did you mean "document"?',
    ];
    expect(await warnedAfter(expected))
      .to.have.members(expected)
      .and.to.have.length(expected.length);
  });

  it('never warns about a documented attribute of any element, nor global, data-*, aria-* or framework attributes', async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as {
      modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[];
    };
    const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
    expect(elements.map((element) => element.tagName)).to.include.members(['cookie-banner', 'terms-accept', 'procedure-guide', 'consent-checkbox']);
    const page = await fixture<HTMLElement>(`<div></div>`);
    for (const { tagName, attributes = [] } of elements) {
      const element = document.createElement(tagName!);
      const names = attributes.map((attribute) => attribute.name);
      if (names.includes('src')) names.push('src-es', 'src-es-mx');
      // Form controls may carry type (Vue's checkbox v-model sets type="checkbox") and form.
      if (['terms-accept', 'consent-checkbox'].includes(tagName!)) names.push('type', 'form');
      names.push('id', 'class', 'title', 'lang', 'dir', 'hidden', 'data-clinic', 'aria-label', 'data-v-7ba5bd90', '_ngcontent-ng-c1', 'onclick', 'tabindex');
      for (const name of names) element.setAttribute(name, '');
      expect(names.length, tagName).to.be.greaterThan(12);
      page.append(element);
    }
    // Checked in order: once the last one's typo is told, every element before it was checked.
    page.insertAdjacentHTML('beforeend', '<clinic-provider privacy-hrf="/privacy"></clinic-provider>');
    const expected = ['clinic-elements: <clinic-provider> has no attribute "privacy-hrf"; did you mean "privacy-href"?'];
    expect(await warnedAfter(expected)).to.deep.equal(expected);
  });
});
