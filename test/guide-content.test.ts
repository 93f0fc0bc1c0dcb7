import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/components/clinic-provider/define.js';
import '../src/components/medical-disclaimer/define.js';
import { ProcedureGuide } from '../src/components/procedure-guide/define.js';
import { validateDocument } from '../src/core/documents/validate.js';
import { warningsOfEachTest } from './helpers.js';

const timelineRows = (el: ProcedureGuide) =>
  [...el.shadowRoot!.querySelectorAll('[part="timeline"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

async function shown(template: ReturnType<typeof html>): Promise<ProcedureGuide> {
  const host = await fixture<HTMLElement>(template);
  const el = host instanceof ProcedureGuide ? host : host.querySelector('procedure-guide')!;
  await waitUntil(() => el.querySelector('[data-guide-section]'), 'the guide did not render', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

describe('richer patient guides', () => {
  const warnings = warningsOfEachTest();
  afterEach(() => {
    document.querySelectorAll('script[data-clinic-guide]').forEach((script) => script.remove());
  });

  it('sets the red flags apart as a note, styled even on a page that resets colours', async () => {
    const el = await shown(html`<div><style>div, p { background: none; border: 0; }</style><procedure-guide procedure="necklift"></procedure-guide></div>`);
    const callout = el.querySelector<HTMLElement>('#after [data-guide-callout="warning"]')!;
    expect(callout.getAttribute('role')).to.equal('note');
    expect(callout.querySelector('strong')!.textContent).to.equal('Call your surgeon at once');
    expect(callout.textContent).to.contain('sudden swelling of your neck should be reported to your surgeon immediately');
    await waitUntil(() => parseFloat(getComputedStyle(callout).borderInlineStartWidth) > 4, 'the callout was not set apart');
    await expect(el).to.be.accessible();
  });

  it('keeps the questions checklist ticked in this browser only, by question', async () => {
    const requestsBefore = performance.getEntriesByType('resource').length;
    const el = await shown(html`<procedure-guide procedure="necklift"></procedure-guide>`);
    const boxes = () => [...el.querySelectorAll<HTMLInputElement>('#planning [data-guide-checklist="questions"] input[type="checkbox"]')];
    expect(el.querySelector('#planning legend')!.textContent).to.equal('Questions to ask your surgeon');
    expect(boxes()).to.have.length(7);
    await waitUntil(() => getComputedStyle(el.querySelector('[data-guide-checklist] > ul')!).listStyleType === 'none');
    boxes()[1].click();
    expect(JSON.parse(localStorage.getItem('clinic:checklist:necklift:questions')!).data).to.deep.equal(['What anesthesia will I have?']);

    el.remove();
    const again = await shown(html`<procedure-guide procedure="necklift"></procedure-guide>`);
    const ticks = () => [...again.querySelectorAll<HTMLInputElement>('[data-guide-checklist] input')].map((box) => box.checked);
    await waitUntil(() => ticks()[1], 'the tick was not restored');
    expect(ticks().filter(Boolean)).to.have.length(1);
    again.querySelectorAll<HTMLInputElement>('[data-guide-checklist] input')[1].click();
    expect(localStorage.getItem('clinic:checklist:necklift:questions')).to.equal(null);
    const sent = performance
      .getEntriesByType('resource')
      .slice(requestsBefore)
      .filter((entry) => !/\.(js|ts|json)(\?|$)/.test(entry.name));
    expect(sent.map((entry) => entry.name)).to.deep.equal([]);
  });

  it('counts the timeline from before surgery: days before, the day before, the day itself', async () => {
    const el = await shown(html`<procedure-guide procedure="necklift"></procedure-guide>`);
    await waitUntil(() => timelineRows(el).length > 0);
    expect(timelineRows(el).slice(0, 2)).to.deep.equal([
      '14 days before surgery – Day 14 Avoid: Smoking, for at least a week or two before and after surgery',
      '7 days before surgery – The day before surgery Arrange for someone to drive you home and to help you for a day or two',
    ]);
  });

  it('speaks of treatment, not surgery, for a non-surgical guide, in English and Spanish', async () => {
    const el = await shown(html`<procedure-guide src="/test/fixtures/harbor-laser.json"></procedure-guide>`);
    await waitUntil(() => timelineRows(el).length === 3);
    const timeline = el.shadowRoot!.querySelector('[part="timeline"]')!.textContent!;
    expect(timeline).to.contain('Your clinician’s instructions always come first.').and.contain('Treatment date (optional)');
    expect(timeline).not.to.match(/surg/i);
    expect(timelineRows(el)[0]).to.equal('14 days before treatment – Day 30 Avoid: Strong sun on the treated skin');
    expect(timelineRows(el)[1]).to.equal('Days 0–7 Redness and swelling ease');

    const es = await shown(html`<procedure-guide lang="es" src="/test/fixtures/harbor-laser.es.json"></procedure-guide>`);
    await waitUntil(() => timelineRows(es).length === 3);
    expect(es.shadowRoot!.querySelector('[part="timeline"]')!.textContent).to.contain('Fecha del tratamiento (opcional)').and.not.match(/cirug/i);
    expect(timelineRows(es)[0]).to.equal('14 días antes del tratamiento – Día 30 Evitar: El sol fuerte sobre la piel tratada');
  });

  it('describes a non-surgical procedure and its medical review in JSON-LD a validator accepts', async () => {
    await shown(html`<procedure-guide src="/test/fixtures/harbor-laser.json"></procedure-guide>`);
    await waitUntil(() => document.querySelector('script[data-clinic-guide]'));
    const data = JSON.parse(document.querySelector('script[data-clinic-guide]')!.textContent!);
    expect(data).to.include({ '@type': 'MedicalWebPage', lastReviewed: '2026-09-15', audience: 'https://schema.org/Patient' });
    expect(data.reviewedBy).to.deep.equal({ '@type': 'Person', name: 'Dr. Lucia Ramos, MD' });
    expect(data.about).to.include({ '@type': 'MedicalProcedure', procedureType: 'https://schema.org/NoninvasiveProcedure' });
  });

  it('warns once for an image slot that matches no figure and for a figure left without its image', async () => {
    const el = await shown(html`<procedure-guide procedure="facelift"><img slot="figure-nope" src="/test/fixtures/photo.svg" alt="" /></procedure-guide>`);
    el.headingLevel = 3;
    await waitUntil(() => el.querySelector('h3'));
    const unmatched = warnings.messages.filter((m) => m.includes('slot="figure-nope" matches no figure'));
    expect(unmatched).to.have.length(1);
    expect(unmatched[0]).to.contain('<procedure-guide>').and.contain('incisions');
    expect(warnings.messages.filter((m) => m.includes('figure "incisions" has no image'))).to.have.length(1);
  });

  it('shows one medical disclaimer: none in the guide when the page has a disclaimer banner, or with no-disclaimer', async () => {
    const onPage = await shown(
      html`<div><medical-disclaimer variant="banner"></medical-disclaimer><procedure-guide procedure="necklift"></procedure-guide></div>`,
    );
    expect(onPage.shadowRoot!.querySelector('medical-disclaimer')).to.equal(null);
    expect(document.querySelectorAll('medical-disclaimer')).to.have.length(1);
    document.querySelector('medical-disclaimer[variant="banner"]')!.remove();
    const optedOut = await shown(html`<procedure-guide procedure="necklift" no-disclaimer></procedure-guide>`);
    expect(optedOut.shadowRoot!.querySelector('medical-disclaimer')).to.equal(null);
    const plain = await shown(html`<procedure-guide procedure="necklift"></procedure-guide>`);
    expect(plain.shadowRoot!.querySelector('medical-disclaimer')).not.to.equal(null);
  });

  it('prints the timeline as a static list in the command line HTML, replaced by the element’s own once enhanced', async () => {
    const { stdout } = (await executeServerCommand('render-cli', { args: ['render', '--procedure', 'necklift'] })) as { stdout: string };
    expect(stdout).not.to.contain('to add the table of contents');
    const page = document.createElement('div');
    page.innerHTML = stdout;
    const list = page.querySelector<HTMLElement>('procedure-guide > section[slot="timeline"]')!;
    expect([...list.querySelectorAll('li')].map((li) => li.textContent)).to.include('Day 5: Most stitches removed');
    expect(list.querySelector('h2')!.textContent).to.equal('Your recovery timeline');
    document.body.append(page);
    try {
      const el = page.querySelector('procedure-guide') as ProcedureGuide;
      await waitUntil(() => el.shadowRoot?.querySelector('[part="timeline"]'), 'the element drew no timeline');
      expect(list.checkVisibility(), 'the static list is left on screen').to.equal(false);
      expect(el.querySelectorAll('[data-guide-section]')).to.have.length(11);
    } finally {
      page.remove();
    }
  });

  it('validates the new blocks and days: callouts and checklists belong to guides, days before go back a year', () => {
    const guide = (recovery: unknown[], blocks: unknown[] = [{ type: 'paragraph', text: 'Text.' }]) => ({
      kind: 'procedure-guide',
      id: 'g',
      title: 'G',
      lang: 'en',
      procedure: { name: 'G' },
      sections: [{ id: 's', heading: 'S', blocks }],
      recovery,
    });
    const ok = validateDocument(guide([{ id: 'm', kind: 'avoid', label: 'Smoking', fromDay: -14, toDay: -1, section: 's' }]));
    expect(ok.problems).to.deep.equal([]);
    expect(validateDocument(guide([{ id: 'm', kind: 'avoid', label: 'X', fromDay: -400, section: 's' }])).problems.map((p) => p.path)).to.deep.equal([
      'recovery[0].fromDay',
    ]);
    const badBlocks = validateDocument(
      guide(
        [],
        [
          { type: 'callout', tone: 'loud', heading: 'H', text: 'T' },
          { type: 'checklist', id: 'Q!', title: 'Q', items: [] },
        ],
      ),
    );
    expect(badBlocks.problems.map((p) => p.path)).to.deep.equal([
      'sections[0].blocks[0].tone',
      'sections[0].blocks[1].id',
      'sections[0].blocks[1].items',
      'recovery',
    ]);
    const legal = validateDocument({
      kind: 'legal-document',
      id: 't',
      title: 'T',
      lang: 'en',
      sections: [{ id: 's', heading: 'S', blocks: [{ type: 'callout', tone: 'warning', heading: 'H', text: 'T' }] }],
    });
    expect(legal.problems.map((p) => p.message)).to.deep.equal(['only procedure guides have a callout']);
  });
});
