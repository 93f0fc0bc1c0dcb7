import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { loadBuiltInDocument } from '../src/content/index.js';
import { builtInDocuments } from '../src/core/documents/built-in.js';
import { validateDocument } from '../src/core/documents/validate.js';

const schemaCheck = (schema: string, document: unknown) =>
  executeServerCommand<string[], { schema: string; document: unknown }>('schema-check', { schema, document });

const contentFiles = [
  '/test/fixtures/browlift.json',
  '/test/fixtures/long-guide.json',
  '/test/fixtures/invalid-guide.json',
  '/test/fixtures/harbor-laser.json',
  '/test/fixtures/harbor-laser.es.json',
  '/test/fixtures/legal.json',
  '/test/fixtures/harbor-terms.json',
  '/test/fixtures/harbor-terms-changed.json',
  '/test/fixtures/harbor-terms.es.json',
  '/test/fixtures/harbor-terms-2026-09.json',
  '/demo/legal/terms.json',
];

describe('the shipped JSON Schemas', () => {
  it('agree with the runtime validator on every fixture and built-in document', async () => {
    const documents: [string, unknown][] = await Promise.all(contentFiles.map(async (file) => [file, await (await fetch(file)).json()] as [string, unknown]));
    for (const name of Object.keys(builtInDocuments))
      documents.push([`built-in ${name}`, JSON.parse(JSON.stringify(await loadBuiltInDocument(name as never)))]);
    const verdicts = await Promise.all(
      documents.map(async ([name, document]) => {
        const kind = (document as { kind: string }).kind;
        const schemaProblems = await schemaCheck(kind, document);
        return { name, runtime: validateDocument(document).ok, schema: schemaProblems.length === 0 };
      }),
    );
    expect(verdicts.filter((v) => v.runtime !== v.schema)).to.deep.equal([]);
    expect(verdicts.filter((v) => !v.runtime).map((v) => v.name)).to.deep.equal(['/test/fixtures/invalid-guide.json']);
  });

  it('reject what the validator rejects, at the same place', async () => {
    type Guide = { sections: { blocks: Record<string, unknown>[] }[]; recovery: Record<string, unknown>[]; [field: string]: unknown };
    const guide = (await (await fetch('/test/fixtures/harbor-laser.json')).json()) as Guide;
    const cases: [string, (doc: Guide) => void, string][] = [
      ['unknown placeholder', (doc) => (doc.sections[0].blocks[0].text = 'At {clinic.nmae}.'), '/sections/0/blocks/0/text'],
      ['unknown block type', (doc) => (doc.sections[0].blocks[0] = { type: 'html', text: '<b>x</b>' }), '/sections/0/blocks/0'],
      ['unsafe link', (doc) => (doc.sections[0].blocks[0].text = [{ type: 'link', text: 'x', href: 'javascript:alert(1)' }]), '/sections/0/blocks/0/text'],
      ['a day too early', (doc) => (doc.recovery[0].fromDay = -400), '/recovery/0/fromDay'],
      ['unexpected field', (doc) => (doc.colour = 'red'), '/'],
      ['callout tone', (doc) => (doc.sections[2].blocks[1].tone = 'loud'), '/sections/2/blocks/1'],
    ];
    for (const [what, change, path] of cases) {
      const doc = structuredClone(guide);
      change(doc);
      const runtime = validateDocument(doc);
      expect(runtime.ok, `${what}: the validator accepted it`).to.equal(false);
      const schemaPaths = await schemaCheck('procedure-guide', doc);
      expect(
        schemaPaths.some((p) => p === path || p.startsWith(`${path}/`) || (path === '/' && p === '/')),
        `${what}: schema failures at ${schemaPaths.join(', ')}`,
      ).to.equal(true);
    }
  });

  it('validate a clinic settings file, and the command line accepts its $schema', async () => {
    expect(await schemaCheck('clinic', { $schema: '../schemas/clinic.schema.json', name: 'Harbor Dermatology', state: 'Texas' })).to.deep.equal([]);
    expect(await schemaCheck('clinic', { clinicName: 'Harbor' })).to.deep.equal(['/']);
  });
});
