import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DocumentSource } from '../src/components/shared/document-source.js';
import { generatedNodes, replaceGenerated } from '../src/components/shared/generated-nodes.js';

/** A host as an element gives it: controllers and the updates they ask for. */
function host(): ReactiveControllerHost & { updates: number } {
  const controllers: ReactiveController[] = [];
  return {
    updates: 0,
    addController: (controller) => void controllers.push(controller),
    removeController: () => {},
    requestUpdate() {
      this.updates += 1;
    },
    updateComplete: Promise.resolve(true),
  };
}

describe('DocumentSource (the one loader of <procedure-guide>, <legal-document> and the Terms gate)', () => {
  it('loads a built-in document of its kind, with a loading state the host re-renders for', async () => {
    const element = host();
    const source = new DocumentSource(element, 'legal-document');
    const loading = source.load({ name: 'terms' });
    expect(source.loading).to.equal(true);
    const outcome = await loading;
    expect(source.loading).to.equal(false);
    expect(outcome?.ok && outcome.document.id).to.equal('terms');
    expect(element.updates, 'one update as loading starts, one as it ends').to.equal(2);
  });

  it('lets a newer load win: the older one resolves null, even when its answer comes last', async () => {
    const source = new DocumentSource(host(), 'procedure-guide');
    const slow = source.load({ src: '/test/fixtures/long-guide.json?delay=300' });
    const fast = source.load({ src: '/test/fixtures/browlift.json' });
    const [older, newer] = await Promise.all([slow, fast]);
    expect(older, 'superseded').to.equal(null);
    expect(newer?.ok && newer.document.id).to.equal('browlift');
    expect(source.loading).to.equal(false);
  });

  it('cancel() ends a load without an outcome, and a quiet load shows no loading state', async () => {
    const element = host();
    const source = new DocumentSource(element, 'procedure-guide');
    const pending = source.load({ src: '/test/fixtures/browlift.json?delay=200' });
    source.cancel();
    expect(await pending).to.equal(null);
    expect(source.loading).to.equal(false);
    const updates = element.updates;
    expect((await source.load({ name: 'necklift' }, { quiet: true }))?.ok).to.equal(true);
    expect(element.updates, 'a quiet load asks for no update').to.equal(updates);
  });

  it('says why there is nothing: no source, a name of another kind, a document of another kind, a bad file', async () => {
    const guides = new DocumentSource(host(), 'procedure-guide');
    expect(await guides.load({})).to.deep.equal({ ok: false, error: { kind: 'empty' } });
    expect(await guides.load({ name: 'terms' })).to.deep.equal({ ok: false, error: { kind: 'unknown', name: 'terms' } });
    expect(await guides.load({ name: 'toString' })).to.deep.equal({ ok: false, error: { kind: 'unknown', name: 'toString' } });
    expect(await guides.load({ src: '/test/fixtures/legal.json' })).to.deep.equal({
      ok: false,
      error: { kind: 'wrong-kind', src: '/test/fixtures/legal.json' },
    });
    const invalid = await guides.load({ src: '/test/fixtures/invalid-guide.json' });
    expect(!invalid?.ok && invalid?.error.kind).to.equal('invalid');
    expect(await guides.load({ src: 'https://elsewhere.example/guide.json' })).to.deep.equal({
      ok: false,
      error: { kind: 'other-origin', src: 'https://elsewhere.example/guide.json' },
    });
  });
});

describe('replaceGenerated (the nodes an element writes into the page)', () => {
  it("replaces only what the element wrote before, never the clinic's own HTML", () => {
    const element = document.createElement('div');
    element.innerHTML = '<section id="own"><h2>The clinic’s own</h2></section>';
    const first = document.createElement('section');
    replaceGenerated(element, 'legal', [first]);
    const second = document.createElement('section');
    replaceGenerated(element, 'legal', [second]);
    expect(generatedNodes(element, 'legal')).to.deep.equal([second]);
    expect(element.querySelector('#own'), 'the clinic’s section stays').not.to.equal(null);
    replaceGenerated(element, 'legal');
    expect(generatedNodes(element, 'legal')).to.deep.equal([]);
    expect(element.children).to.have.length(1);
  });
});
