import { expect, fixture, html } from '@open-wc/testing';
import { fetchErrorMessage, isFetchError, renderLoadError, type FetchError } from '../src/components/shared/load-error.js';

// The fetch errors and inline error view that <procedure-guide> and <legal-document> share.
describe('shared load error', () => {
  const errors: Exclude<FetchError, { kind: 'not-a-guide' }>[] = [
    { kind: 'other-origin', src: 'https://elsewhere.example/guide.json' },
    { kind: 'network', src: '/guide.json' },
    { kind: 'http', src: '/guide.json', status: 404 },
    { kind: 'not-json', src: '/guide.json' },
    { kind: 'invalid', src: '/guide.json', problems: [] },
  ];

  it('names the file and the reason, in English and Spanish', () => {
    expect(errors.map((error) => fetchErrorMessage(error, 'en'))).to.deep.equal([
      'https://elsewhere.example/guide.json is on another website; only files from this site are loaded.',
      '/guide.json could not be loaded (network error).',
      '/guide.json could not be loaded (HTTP 404).',
      '/guide.json is not valid JSON.',
      '/guide.json does not follow the content format:',
    ]);
    expect(fetchErrorMessage({ kind: 'http', src: '/guia.json', status: 500 }, 'es')).to.equal('No se pudo cargar /guia.json (HTTP 500).');
  });

  it('tells fetch errors from the errors each element words itself', () => {
    expect(errors.every(isFetchError)).to.equal(true);
    expect(isFetchError({ kind: 'unknown-procedure' })).to.equal(false);
    expect(isFetchError({ kind: 'not-a-guide' })).to.equal(false);
  });

  it('shows an announced error that lists every content problem by its path', async () => {
    const view = await fixture(
      html`<div>${renderLoadError('The guide could not be shown.', '/guide.json does not follow the content format:', [
        { path: 'sections[0].heading', message: 'expected text' },
        { path: '', message: 'expected an object' },
      ])}</div>`,
    );
    const alert = view.querySelector('[role="alert"]')!;
    expect(alert.querySelector('strong')!.textContent).to.equal('The guide could not be shown.');
    expect([...alert.querySelectorAll('li code')].map((code) => code.textContent)).to.deep.equal(['sections[0].heading: expected text', 'expected an object']);
    const plain = await fixture(html`<div>${renderLoadError('Nothing to show.', 'No file.')}</div>`);
    expect(plain.querySelector('[role="alert"]')!.textContent!.trim()).to.equal('Nothing to show. No file.');
    expect(plain.querySelector('ul'), 'no empty list without problems').to.equal(null);
  });
});
