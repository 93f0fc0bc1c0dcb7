export const supportedLocales = ['en', 'es'] as const;
export type Locale = (typeof supportedLocales)[number];

const en = {
  'disclaimer.label': 'Medical disclaimer',
  'disclaimer.lead': 'Not medical advice.',
  'disclaimer.text':
    'The content on this site is for educational and informational purposes only and is not a substitute for diagnosis, treatment, or medical advice from a qualified health care professional.',
  'disclaimer.link': 'Read the full Terms of Use',
  'guide.toc': 'On this page',
  'guide.loading': 'Loading the guide…',
  'guide.step': 'Step {n} of {total}',
  'guide.previous': 'Previous',
  'guide.next': 'Next',
  'guide.printedFrom': 'Printed from {url}',
  'guide.error.title': 'This guide could not be shown.',
  'guide.error.unknown-procedure': 'There is no built-in guide called "{name}". The built-in guides are: {names}.',
  'guide.error.other-origin': '{src} is on another website; guides load only from this site.',
  'guide.error.network': '{src} could not be loaded (network error).',
  'guide.error.http': '{src} could not be loaded (HTTP {status}).',
  'guide.error.not-json': '{src} is not valid JSON.',
  'guide.error.invalid': '{src} does not follow the guide format:',
  'guide.error.not-a-guide': '{src} is not a procedure guide.',
  'guide.error.empty': 'There is nothing to show: add sections inside the element, a src, or a procedure ({names}).',
  'timeline.title': 'Your recovery timeline',
  'timeline.note': 'Your surgeon’s instructions always come first.',
  'timeline.intro': 'Typical times from this guide, counted from the day of surgery.',
  'timeline.dateLabel': 'Surgery date (optional)',
  'timeline.dateHint': 'Shows the milestones as calendar dates. The date stays on this page: it is not stored or sent.',
  'timeline.day0': 'Day of surgery',
  'timeline.day': 'Day {n}',
  'timeline.days': 'Days {from}–{to}',
  'timeline.open': 'From day {n}, for {duration}',
  'timeline.open0': 'From the day of surgery, for {duration}',
  'timeline.avoid': 'Avoid',
  'timeline.download': 'Download the milestones (.ics)',
  'timeline.calendarName': '{procedure} recovery',
};

export type MessageKey = keyof typeof en;

const es: Record<MessageKey, string> = {
  'disclaimer.label': 'Aviso médico',
  'disclaimer.lead': 'No es consejo médico.',
  'disclaimer.text':
    'El contenido de este sitio tiene fines educativos e informativos únicamente y no sustituye el diagnóstico, el tratamiento ni el consejo médico de un profesional de la salud calificado.',
  'disclaimer.link': 'Lea los Términos de uso completos',
  'guide.toc': 'En esta página',
  'guide.loading': 'Cargando la guía…',
  'guide.step': 'Paso {n} de {total}',
  'guide.previous': 'Anterior',
  'guide.next': 'Siguiente',
  'guide.printedFrom': 'Impreso desde {url}',
  'guide.error.title': 'No se pudo mostrar esta guía.',
  'guide.error.unknown-procedure': 'No hay una guía incluida llamada "{name}". Las guías incluidas son: {names}.',
  'guide.error.other-origin': '{src} está en otro sitio web; las guías solo se cargan desde este sitio.',
  'guide.error.network': 'No se pudo cargar {src} (error de red).',
  'guide.error.http': 'No se pudo cargar {src} (HTTP {status}).',
  'guide.error.not-json': '{src} no es un JSON válido.',
  'guide.error.invalid': '{src} no sigue el formato de guía:',
  'guide.error.not-a-guide': '{src} no es una guía de procedimiento.',
  'guide.error.empty': 'No hay nada que mostrar: añada secciones dentro del elemento, un src o un procedimiento ({names}).',
  'timeline.title': 'Su calendario de recuperación',
  'timeline.note': 'Las instrucciones de su cirujano siempre tienen prioridad.',
  'timeline.intro': 'Tiempos habituales según esta guía, contados desde el día de la cirugía.',
  'timeline.dateLabel': 'Fecha de la cirugía (opcional)',
  'timeline.dateHint': 'Muestra las etapas como fechas del calendario. La fecha se queda en esta página: no se guarda ni se envía.',
  'timeline.day0': 'Día de la cirugía',
  'timeline.day': 'Día {n}',
  'timeline.days': 'Días {from}–{to}',
  'timeline.open': 'Desde el día {n}, durante {duration}',
  'timeline.open0': 'Desde el día de la cirugía, durante {duration}',
  'timeline.avoid': 'Evitar',
  'timeline.download': 'Descargar las etapas (.ics)',
  'timeline.calendarName': 'Recuperación: {procedure}',
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
