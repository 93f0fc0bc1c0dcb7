/** A heading level from an attribute: a whole number from 2 to 6 (the page's own title is the `h1`), else 2. */
export function clampHeadingLevel(level: unknown): number {
  const number = Number(level);
  return Number.isInteger(number) && number >= 2 && number <= 6 ? number : 2;
}
