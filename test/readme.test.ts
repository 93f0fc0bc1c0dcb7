import { expect } from '@open-wc/testing';
import { formatProblem, validateDocument } from '../src/core/documents/validate.js';

describe('README', () => {
  it('shows a content-model example that passes validation, and valid JSON everywhere', async () => {
    const readme = await (await fetch('/README.md')).text();
    const examples = [...readme.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => match[1]);
    const document = examples.find((example) => example.includes('"kind"'))!;
    const result = validateDocument(JSON.parse(document));
    expect(result.problems.map(formatProblem)).to.deep.equal([]);
    for (const example of examples) expect(() => JSON.parse(example), example).not.to.throw();
  });
});
