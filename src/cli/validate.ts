import { formatProblem, validateDocument } from '../core/documents/validate.js';
import { readJson } from './inputs.js';

export const validateUsage = `  clinic-elements validate <file.json> [more files…]

Checks content files (guides and legal documents) against the content model the elements read:
prints each problem with its path in the file and what is expected there, and exits 1 when any
file has one.`;

type Out = (text: string) => void;

/** `clinic-elements validate`: every problem of every file, each with its JSON path. */
export function validateCommand(files: string[], out: Out, err: Out): number {
  if (!files.length) {
    err(validateUsage);
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    const json = readJson(file, err);
    if (json === undefined) {
      failed += 1;
      continue;
    }
    const result = validateDocument(json);
    if (result.ok) {
      const doc = result.document;
      out(`${file}: ok (${doc.kind} "${doc.id}", ${doc.lang}, ${doc.sections.length} sections)`);
      continue;
    }
    failed += 1;
    err(`${file}: ${result.problems.length} ${result.problems.length === 1 ? 'problem' : 'problems'}`);
    for (const problem of result.problems) err(`  ${formatProblem(problem)}`);
  }
  return failed ? 1 : 0;
}
