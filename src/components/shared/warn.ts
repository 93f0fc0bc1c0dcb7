/** Console warning for an attribute value an element cannot use, naming the element, attribute and fix. */
export function warnAttribute(tag: string, attribute: string, value: unknown, expected: string, fallback: string): void {
  console.warn(`clinic-elements: <${tag}> ${attribute}=${JSON.stringify(value)} is not valid; expected ${expected}. ${fallback}`);
}

/** `value` when it is one of `allowed`; otherwise warns and returns `fallback`. */
export function oneOf<T extends string>(tag: string, attribute: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (allowed.includes(value as T)) return value as T;
  if (value !== null && value !== undefined) {
    warnAttribute(tag, attribute, value, `one of ${allowed.join(', ')}`, `Using "${fallback}".`);
  }
  return fallback;
}

/** A warning function for one element that tells each distinct problem once, however often the element renders. */
export function warnOnceFor(tag: string): (problem: string) => void {
  const told = new Set<string>();
  return (problem) => {
    if (!told.has(problem)) console.warn(`clinic-elements: <${tag}> ${problem}.`);
    told.add(problem);
  };
}
