/** One thing wrong with a document, at an exact path such as `sections[3].heading`. */
export interface ContentProblem {
  path: string;
  message: string;
}

/** `sections[3].heading: expected text`. Kept apart so elements can show problems without loading the validator. */
export function formatProblem({ path, message }: ContentProblem): string {
  return path ? `${path}: ${message}` : message;
}
