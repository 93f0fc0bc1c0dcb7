const allowedProtocols = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * Returns `href` when it is a relative URL or uses http(s), mailto or tel; otherwise `null`.
 * Parsing with the URL parser (instead of a regular expression) catches the tricks browsers
 * accept, such as tabs or entities inside `java\tscript:`.
 */
export function safeHref(href: unknown): string | null {
  if (typeof href !== 'string') return null;
  const trimmed = href.trim();
  if (trimmed === '') return null;
  try {
    const url = new URL(trimmed, 'https://relative.invalid/');
    return allowedProtocols.has(url.protocol) ? trimmed : null;
  } catch {
    return null;
  }
}
