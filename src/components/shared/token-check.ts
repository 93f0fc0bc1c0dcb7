/**
 * Warns once for each colour token a page sets to something that is not a colour. The elements
 * already read past it (the tokens are registered as <color>); this tells the page's author why
 * their brand colour does not show. Runs in the chunk that checks attribute names, after the first paint.
 */
export function checkColorTokens(page: Document = document): void {
  const report = (style: CSSStyleDeclaration) => {
    for (const name of Array.from(style)) {
      if (!/^--clinic-(dark-)?color-/.test(name) || told.has(name)) continue;
      const value = style.getPropertyValue(name).trim();
      if (CSS.supports('color', value)) continue;
      told.add(name);
      console.warn(
        `clinic-elements: ${name}: ${JSON.stringify(value)} is not a colour (e.g. #0d4f73, rgb(13 79 115)); the elements use the colour around them or their default instead.`,
      );
    }
  };
  const walk = (rules: CSSRuleList) => {
    for (const rule of Array.from(rules)) {
      if (rule instanceof CSSStyleRule) report(rule.style);
      if ('cssRules' in rule) walk(rule.cssRules as CSSRuleList);
    }
  };
  for (const sheet of [...Array.from(page.styleSheets), ...page.adoptedStyleSheets]) {
    try {
      walk(sheet.cssRules);
    } catch {
      // Another origin's style sheet cannot be read.
    }
  }
  page.querySelectorAll<HTMLElement>('[style*="--clinic-"]').forEach((element) => report(element.style));
}

const told = new Set<string>();
