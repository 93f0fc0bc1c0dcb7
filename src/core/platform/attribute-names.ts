/**
 * Attribute names every HTML element takes (and those frameworks and page tools leave on
 * elements), which no element of ours needs to declare.
 */
export const globalAttributes: readonly string[] = [
  'id',
  'class',
  'style',
  'slot',
  'part',
  'exportparts',
  'hidden',
  'lang',
  'dir',
  'title',
  'tabindex',
  'role',
  'inert',
  'popover',
  'translate',
  'autofocus',
  'nonce',
  'is',
  'accesskey',
  'autocapitalize',
  'autocorrect',
  'contenteditable',
  'draggable',
  'enterkeyhint',
  'inputmode',
  'spellcheck',
  'writingsuggestions',
  'itemid',
  'itemprop',
  'itemref',
  'itemscope',
  'itemtype',
  'xmlns',
  // Angular marks the elements of a component's template and, in development, its bindings.
  'ng-version',
];

/**
 * Prefixes of global attributes: `data-*` (Vue's scoped `data-v-…` too), `aria-*`, `on*` event
 * handlers, and what frameworks leave in the page: Angular's `_ngcontent-…`/`_nghost-…` and
 * `ng-reflect-…`, Vue's and Alpine's directives (`v-cloak`, `x-data`, `:value`, `@click`),
 * htmx's `hx-…`, Livewire's `wire:…`, and `xml:`/`xmlns:` names.
 */
const globalPrefix = /^(data-|aria-|on[a-z]|_ng|ng-reflect-|v-|x-|:|@|hx-|wire:|xml:|xmlns:)/;

/** Whether `name` (lower case, as HTML gives it) is an attribute any element may carry. */
export function isGlobalAttribute(name: string): boolean {
  return globalAttributes.includes(name) || globalPrefix.test(name);
}

/**
 * The edit distance between `a` and `b`: insertions, deletions, substitutions and swaps of two
 * neighbouring characters, one each (Damerau-Levenshtein, optimal string alignment).
 */
export function editDistance(a: string, b: string): number {
  // rows[i][j]: the distance between the first i characters of a and the first j of b.
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2][j - 2] + 1);
      rows[i][j] = best;
    }
  }
  return rows[a.length][b.length];
}

/**
 * The name among `candidates` closest to `name`, when it is close enough to be a slip: at most
 * one edit for names of up to five characters, two up to eight, three beyond (`privacy-hraf` →
 * `privacy-href`, `polcy-version` → `policy-version`, `scr` → `src`). The first of equally close
 * names wins; `null` when none is close.
 */
export function closestName(name: string, candidates: readonly string[]): string | null {
  const allowed = name.length <= 5 ? 1 : name.length <= 8 ? 2 : 3;
  let best: string | null = null;
  let bestDistance = allowed + 1;
  for (const candidate of candidates) {
    // Lengths that differ by more than the allowance cannot be close: skip the table.
    if (Math.abs(candidate.length - name.length) >= bestDistance) continue;
    const distance = editDistance(name, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/**
 * What to say about attribute `name` on an element whose own attributes are `known`: `null` when
 * it is known or global, else the problem, with the closest known (or global) name when one is
 * close: `has no attribute "privacy-hraf"; did you mean "privacy-href"?`.
 */
export function unknownAttribute(name: string, known: readonly string[]): string | null {
  if (known.includes(name) || isGlobalAttribute(name)) return null;
  const suggestion = closestName(name, [...known, ...globalAttributes]);
  return `has no attribute "${name}"${suggestion ? `; did you mean "${suggestion}"?` : '.'}`;
}
