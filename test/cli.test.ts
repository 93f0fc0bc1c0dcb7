import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

/** The real `clinic-elements` command line, run as a process (see web-test-runner.config.mjs). */
async function cli(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return executeServerCommand('render-cli', { args });
}

describe('clinic-elements validate', () => {
  it('passes valid content files, the demo clinic’s own Terms among them', async () => {
    const { status, stdout, stderr } = await cli('validate', 'test/fixtures/browlift.json', 'demo/legal/terms.json', 'test/fixtures/harbor-terms.json');
    expect(status, stderr).to.equal(0);
    expect(stdout.trim().split('\n')).to.deep.equal([
      'test/fixtures/browlift.json: ok (procedure-guide "browlift", en, 3 sections)',
      'demo/legal/terms.json: ok (legal-document "miller-terms", en, 14 sections)',
      'test/fixtures/harbor-terms.json: ok (legal-document "harbor-terms", en, 3 sections)',
    ]);
  });

  it('prints every problem with its path and what is expected, and exits 1', async () => {
    const { status, stderr } = await cli('validate', 'test/fixtures/invalid-guide.json', 'test/fixtures/not-json.json', 'test/fixtures/nothing.json');
    expect(status).to.equal(1);
    expect(stderr).to.contain('test/fixtures/invalid-guide.json: 2 problems');
    expect(stderr).to.contain('  sections[1].heading: expected text');
    expect(stderr).to.contain('  sections[1].blocks[0].text[0].href: expected a relative, http(s), mailto or tel address');
    expect(stderr).to.contain('test/fixtures/not-json.json: not valid JSON');
    expect(stderr).to.contain('test/fixtures/nothing.json: no such file');
  });

  it('explains each command with --help, and itself without a command', async () => {
    const help = await cli('validate', '--help');
    expect(help.status).to.equal(0);
    expect(help.stdout).to.contain('clinic-elements validate <file.json>').and.not.contain('clinic-elements render');
    const hash = await cli('hash', '--help');
    expect(hash.stdout).to.contain('clinic-elements hash <terms.json>').and.not.contain('clinic-elements validate');
    const none = await cli();
    expect(none.status).to.equal(2);
    expect(none.stderr).to.contain('clinic-elements render').and.contain('clinic-elements hash').and.contain('clinic-elements validate');
  });
});
