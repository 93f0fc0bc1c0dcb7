export const supportedLocales = ['en', 'es'] as const;
export type Locale = (typeof supportedLocales)[number];

const en = {
  'disclaimer.label': 'Medical disclaimer',
  'disclaimer.lead': 'Not medical advice.',
  'disclaimer.text':
    'The content on this site is for educational and informational purposes only and is not a substitute for diagnosis, treatment, or medical advice from a qualified health care professional.',
  'disclaimer.link': 'Read the full Terms of Use',
};

export type MessageKey = keyof typeof en;

const es: Record<MessageKey, string> = {
  'disclaimer.label': 'Aviso médico',
  'disclaimer.lead': 'No es consejo médico.',
  'disclaimer.text':
    'El contenido de este sitio tiene fines educativos e informativos únicamente y no sustituye el diagnóstico, el tratamiento ni el consejo médico de un profesional de la salud calificado.',
  'disclaimer.link': 'Lea los Términos de uso completos',
};

const messages: Record<Locale, Record<MessageKey, string>> = { en, es };

/** The UI string `key` in `locale`, with `{name}` parameters filled in. */
export function msg(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  return messages[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}

/** The supported locale for a BCP 47 tag (`es-MX` → `es`), or `null`. */
export function matchLocale(tag: string | null | undefined): Locale | null {
  const language = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return supportedLocales.find((locale) => locale === language) ?? null;
}

/**
 * The language an element speaks: its own `lang`, else the closest ancestor with `lang` (crossing
 * shadow roots, so an element inside another component still follows the page), else
 * `<html lang>`, else English. An unsupported language falls through to the next source.
 */
export function resolveLocale(element: Element): Locale {
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    const match = matchLocale(withLang?.getAttribute('lang'));
    if (match) return match;
    node = withLang ? (withLang.parentElement ?? shadowHostOf(withLang)) : shadowHostOf(node);
  }
  return 'en';
}

function shadowHostOf(node: Node): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
