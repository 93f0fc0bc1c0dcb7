import { expect } from '@open-wc/testing';
import { firstPartyUrl } from '../src/core/platform/first-party-url.js';
import { safeHref } from '../src/core/platform/safe-url.js';

describe('safeHref', () => {
  it('keeps relative, http(s), mailto and tel addresses', () => {
    for (const href of ['/terms', '#risks', 'terms.html', '../privacy', 'https://clinic.example/terms', 'mailto:front@clinic.example', 'tel:+13055550100']) {
      expect(safeHref(href), href).to.equal(href);
    }
  });

  it('refuses script, data and disguised addresses', () => {
    for (const href of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox',
      '',
      42,
    ]) {
      expect(safeHref(href), String(href)).to.equal(null);
    }
  });
});

describe('firstPartyUrl', () => {
  it('resolves same-origin addresses and refuses other origins', () => {
    expect(firstPartyUrl('/api/receipts')).to.equal(`${location.origin}/api/receipts`);
    expect(firstPartyUrl(`${location.origin}/x`)).to.equal(`${location.origin}/x`);
    expect(firstPartyUrl('https://analytics.example/collect')).to.equal(null);
    expect(firstPartyUrl('//evil.example/x')).to.equal(null);
    expect(firstPartyUrl('')).to.equal(null);
  });
});
