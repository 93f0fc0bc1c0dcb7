import { expect } from '@open-wc/testing';
import { builtInDocumentNames, isBuiltInDocumentName, loadBuiltInDocument } from '../src/content/index.js';
import { demoClinic } from '../src/core/documents/clinic.js';
import type { ClinicDocument, ParagraphBlock } from '../src/core/documents/model.js';
import { fillPlaceholders, unknownPlaceholders } from '../src/core/documents/placeholders.js';
import { formatProblem, validateDocument } from '../src/core/documents/validate.js';

const paragraphs = (doc: ClinicDocument) =>
  doc.sections.flatMap((section) => section.blocks.filter((b): b is ParagraphBlock => b.type === 'paragraph').map((b) => b.text as string));

const problemsOf = (input: unknown) => validateDocument(input).problems.map(formatProblem);

/** A small valid guide; each broken-input case changes one thing. */
const validGuide = () => ({
  kind: 'procedure-guide',
  id: 'browlift',
  title: 'Browlift',
  lang: 'en',
  procedure: { name: 'Browlift' },
  sections: [
    { id: 'considering', heading: 'Considering a browlift', blocks: [{ type: 'paragraph', text: 'Text.' }] },
    { id: 'risks', heading: 'Risks', blocks: [{ type: 'list', items: ['One', 'Two'] }] },
  ],
});

describe('built-in documents', () => {
  it('lists the four built-in documents and recognises only those names', () => {
    expect(builtInDocumentNames).to.deep.equal(['necklift', 'facelift', 'terms', 'privacy']);
    expect(isBuiltInDocumentName('terms')).to.equal(true);
    expect(isBuiltInDocumentName('toString')).to.equal(false);
    expect(isBuiltInDocumentName('rhinoplasty')).to.equal(false);
  });

  for (const name of builtInDocumentNames) {
    it(`${name} loads on demand and passes validation`, async () => {
      const result = validateDocument(await loadBuiltInDocument(name));
      expect(result.problems.map(formatProblem)).to.deep.equal([]);
      expect(result.ok).to.equal(true);
    });
  }

  it('the necklift guide has the eleven sections of the patient journey, in order', async () => {
    const guide = await loadBuiltInDocument('necklift');
    expect(guide.procedure.alternateName).to.equal('Cervical Rhytidectomy');
    expect(guide.sections.map((s) => s.id)).to.deep.equal([
      'considering',
      'candidates',
      'risks',
      'planning',
      'preparing',
      'where',
      'anesthesia',
      'surgery',
      'after',
      'back-to-normal',
      'results',
    ]);
    expect(guide.sections[2].heading).to.equal('All surgery carries some uncertainty and risk');
  });

  it('the necklift guide keeps the source text verbatim and once', async () => {
    const text = paragraphs(await loadBuiltInDocument('necklift'));
    expect(text).to.have.length(32);
    expect(new Set(text).size, 'no paragraph repeats').to.equal(32);
    expect(text[0]).to.equal(
      'As people age, the effects of gravity, exposure to the sun, and the stresses of daily life can be seen in their necks. Deep creases often appear and folds and fat deposits form around the neck.',
    );
    expect(text.at(-1)).to.equal(
      'Having a necklift doesn’t stop the clock. Your neck will continue to age with time, and you may want to repeat the procedure one or more times, perhaps five or ten years down the line. But in another sense, the effects of even one necklift are lasting; years later, you’ll continue to look better than if you’d never had a necklift at all.',
    );
  });

  it('the facelift illustrations are five figures with captions and a text alternative each', async () => {
    const guide = await loadBuiltInDocument('facelift');
    const figures = guide.sections.flatMap((s) => s.blocks).filter((b) => b.type === 'figure');
    expect(figures.map((f) => f.id)).to.deep.equal(['before', 'incisions', 'tightening', 'scars', 'after']);
    expect(figures[1].caption).to.equal(
      'Incisions usually begin above the hairline at the temples, follow the natural line in front of the ear, curve behind the earlobe into the crease behind the ear, and into or along the lower scalp.',
    );
    expect(figures.every((f) => f.alt && f.alt.length > 10)).to.equal(true);
  });

  it('the Terms of Use have fourteen numbered sections, with the clinic as placeholders', async () => {
    const terms = await loadBuiltInDocument('terms');
    expect(terms.sections.map((s) => s.number)).to.deep.equal(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14']);
    expect(terms.sections[1]).to.include({ id: 'no-medical-advice', heading: 'No Medical Advice' });
    expect(terms.sections[2].blocks).to.deep.equal([{ type: 'paragraph', text: 'You may not access the Site if you are under 18 years of age.' }]);
    expect(JSON.stringify(terms)).not.to.match(/Miller|Miami|millerplasticsurgery/);
  });

  it('filling the placeholders with the demo clinic gives back the source wording', async () => {
    const terms = await loadBuiltInDocument('terms');
    const jurisdiction = fillPlaceholders(paragraphs(terms)[10], demoClinic);
    expect(jurisdiction).to.match(
      /^Miller Plastic Surgery controls and operates the Site from the United States of America in Miami in Miami Dade County, Florida\. These Terms and the Service are governed by United States federal law and the laws of the State of Florida/,
    );
    expect(fillPlaceholders(terms.sections[9].heading, demoClinic)).to.equal('MILLER PLASTIC SURGERY DISCLAIMS ALL WARRANTIES');
    expect(fillPlaceholders((terms.intro![0] as ParagraphBlock).text as string, demoClinic)).to.contain(
      'These Terms are between you and MPS, MD, PA, also known as Miller Plastic Surgery (“Site”). These Terms cover your use of this website, www.millerplasticsurgery.com',
    );
  });

  it('the Privacy Policy covers cookies, web beacons, server logs and ad servers', async () => {
    const privacy = await loadBuiltInDocument('privacy');
    expect(privacy.sections.map((s) => s.id)).to.include.members(['cookies', 'web-beacons', 'server-logs', 'ad-servers', 'minors']);
    expect(paragraphs(privacy)).to.have.length(21);
    const cookies = privacy.sections.find((s) => s.id === 'cookies')!;
    expect(fillPlaceholders((cookies.blocks[0] as ParagraphBlock).text as string, demoClinic)).to.contain(
      'Miller Plastic Surgery uses both session cookies and persistent cookies.',
    );
  });
});

describe('placeholders', () => {
  it('fills every clinic setting, and upper-cases on request', () => {
    expect(fillPlaceholders('{clinic.legalName}, also known as {clinic.name} ({clinic.website})', demoClinic)).to.equal(
      'MPS, MD, PA, also known as Miller Plastic Surgery (www.millerplasticsurgery.com)',
    );
    expect(fillPlaceholders('{clinic.name|upper} DISCLAIMS', { name: 'Sol Clinic' })).to.equal('SOL CLINIC DISCLAIMS');
  });

  it('shows a readable label for a setting the page did not give, and reports it', () => {
    const missing: string[] = [];
    const text = fillPlaceholders('Courts in {clinic.jurisdiction} and {clinic.legalName}.', { name: 'Sol Clinic' }, (key) => missing.push(key));
    expect(text).to.equal('Courts in [clinic jurisdiction] and [clinic legal name].');
    expect(missing).to.deep.equal(['jurisdiction', 'legalName']);
  });

  it('leaves unknown placeholders and plain braces alone, and lists the unknown ones', () => {
    expect(fillPlaceholders('{clinic.phone} {not.a.placeholder}', demoClinic)).to.equal('{clinic.phone} {not.a.placeholder}');
    expect(unknownPlaceholders('{clinic.name} {clinic.phone} {clinic.fax|upper}')).to.deep.equal(['{clinic.phone}', '{clinic.fax|upper}']);
  });
});

describe('validateDocument', () => {
  it('accepts a small valid guide', () => {
    expect(validateDocument(validGuide())).to.include({ ok: true });
  });

  const cases: [string, (doc: ReturnType<typeof validGuide> & Record<string, unknown>) => unknown, string[]][] = [
    ['not an object', () => 'necklift', ['expected an object']],
    ['an array', () => [], ['expected an object']],
    ['an unknown kind', (d) => ({ ...d, kind: 'blog-post' }), ['kind: expected "procedure-guide" or "legal-document"']],
    ['a heading that is not text', (d) => ((d.sections[1].heading = 42 as never), d), ['sections[1].heading: expected text']],
    ['an empty heading', (d) => ((d.sections[0].heading = '  '), d), ['sections[0].heading: expected text']],
    ['sections that are not a list', (d) => ({ ...d, sections: {} }), ['sections: expected a list']],
    ['no sections', (d) => ({ ...d, sections: [] }), ['sections: expected at least one entry']],
    ['an id with spaces', (d) => ((d.sections[0].id = 'Before You Start'), d), ['sections[0].id: expected an id of lowercase letters, digits and hyphens']],
    ['a duplicate section id', (d) => ((d.sections[1].id = 'considering'), d), ['sections[1].id: duplicate id "considering"']],
    [
      'an unknown block type',
      (d) => ((d.sections[0].blocks = [{ type: 'html', text: '<b>x</b>' }] as never), d),
      ['sections[0].blocks[0].type: unknown block type "html" (expected paragraph, list, figure, callout, checklist)'],
    ],
    [
      'a misspelt field',
      (d) => ((d.sections[0] = { ...d.sections[0], title: 'x' } as never), d),
      ['sections[0].title: unexpected field (expected one of id, number, heading, blocks)'],
    ],
    ['an empty list', (d) => ((d.sections[1].blocks = [{ type: 'list', items: [] }]), d), ['sections[1].blocks[0].items: expected at least one entry']],
    [
      'a javascript: link',
      (d) => ((d.sections[0].blocks = [{ type: 'paragraph', text: [{ type: 'link', text: 'Book', href: 'javascript:alert(1)' }] }] as never), d),
      ['sections[0].blocks[0].text[0].href: expected a relative, http(s), mailto or tel address'],
    ],
    [
      'a figure without caption',
      (d) => ((d.sections[0].blocks = [{ type: 'figure', id: 'before' }] as never), d),
      ['sections[0].blocks[0].caption: expected text'],
    ],
    [
      'an unknown placeholder',
      (d) => ((d.sections[0].blocks = [{ type: 'paragraph', text: 'Call {clinic.phone}' }]), d),
      ['sections[0].blocks[0].text: unknown placeholder {clinic.phone}'],
    ],
    ['a bad language tag', (d) => ({ ...d, lang: 'english' }), ['lang: expected a language tag such as "en" or "es-MX"']],
    ['a guide without procedure', (d) => ({ ...d, procedure: undefined }), ['procedure: expected an object']],
    [
      'an impossible effective date',
      (d) => ({ ...d, kind: 'legal-document', procedure: undefined, effectiveDate: '2024-02-31' }),
      ['effectiveDate: expected a date as YYYY-MM-DD'],
    ],
  ];

  for (const [name, breakIt, expected] of cases) {
    it(`reports ${name} at its exact path`, () => {
      const result = validateDocument(JSON.parse(JSON.stringify(breakIt(validGuide() as never) ?? null)));
      expect(result.ok).to.equal(false);
      expect(result.document).to.equal(null);
      expect(result.problems.map(formatProblem)).to.deep.equal(expected);
    });
  }

  it('reports every problem at once, not just the first', () => {
    const doc = validGuide() as Record<string, unknown>;
    doc.title = '';
    (doc.sections as { heading: string }[])[1].heading = '';
    expect(problemsOf(doc)).to.deep.equal(['title: expected text', 'sections[1].heading: expected text']);
  });

  it('accepts markup-looking text as plain text (it is rendered as text, never parsed)', () => {
    const doc = validGuide();
    doc.sections[0].blocks = [{ type: 'paragraph', text: '<img src=x onerror=alert(1)>' }];
    expect(validateDocument(doc).ok).to.equal(true);
  });
});
