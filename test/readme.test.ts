import { expect } from '@open-wc/testing';
import { formatProblem, validateDocument } from '../src/core/validate-content.js';

describe('README', () => {
  it('shows a content-model example that passes validation', async () => {
    const readme = await (await fetch('/README.md')).text();
    const example = readme.match(/```json\n([\s\S]*?)```/)![1];
    const result = validateDocument(JSON.parse(example));
    expect(result.problems.map(formatProblem)).to.deep.equal([]);
  });
});
