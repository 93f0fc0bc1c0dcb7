import { defineMessages } from '../../core/i18n/messages.js';

/**
 * UI strings of the recovery timeline, loaded with it. Words that name the procedure come in two
 * kinds: `.surgical` (surgery, the surgeon) and `.treatment` (laser, injectables: the clinician).
 */
export const timelineStrings = defineMessages(
  'recovery-timeline',
  {
    title: 'Your recovery timeline',
    'note.surgical': 'Your surgeon’s instructions always come first.',
    'note.treatment': 'Your clinician’s instructions always come first.',
    'intro.surgical': 'Typical times from this guide, counted from the day of surgery.',
    'intro.treatment': 'Typical times from this guide, counted from the day of treatment.',
    'dateLabel.surgical': 'Surgery date (optional)',
    'dateLabel.treatment': 'Treatment date (optional)',
    dateHint: 'Shows the milestones as calendar dates. The date stays on this page: it is not stored or sent.',
    'day0.surgical': 'Day of surgery',
    'day0.treatment': 'Day of treatment',
    'before.surgical': '{n} days before surgery',
    'before.treatment': '{n} days before treatment',
    'before1.surgical': 'The day before surgery',
    'before1.treatment': 'The day before treatment',
    day: 'Day {n}',
    days: 'Days {from}–{to}',
    open: 'From day {n}, for',
    'open0.surgical': 'From the day of surgery, for',
    'open0.treatment': 'From the day of treatment, for',
    'openBefore.surgical': 'From {n} days before surgery, for',
    'openBefore.treatment': 'From {n} days before treatment, for',
    avoid: 'Avoid',
    download: 'Download the milestones (.ics)',
    calendarName: '{procedure} recovery',
    // A period the guide gives no end: its calendar event is a reminder on the first day.
    icsStarts: 'starts today, for {duration}',
    icsPeriod: 'From this day, for {duration}. The guide gives no end date.',
  },
  {
    title: 'Su calendario de recuperación',
    'note.surgical': 'Las instrucciones de su cirujano siempre tienen prioridad.',
    'note.treatment': 'Las instrucciones de su profesional de salud siempre tienen prioridad.',
    'intro.surgical': 'Tiempos habituales según esta guía, contados desde el día de la cirugía.',
    'intro.treatment': 'Tiempos habituales según esta guía, contados desde el día del tratamiento.',
    'dateLabel.surgical': 'Fecha de la cirugía (opcional)',
    'dateLabel.treatment': 'Fecha del tratamiento (opcional)',
    dateHint: 'Muestra las etapas como fechas del calendario. La fecha se queda en esta página: no se guarda ni se envía.',
    'day0.surgical': 'Día de la cirugía',
    'day0.treatment': 'Día del tratamiento',
    'before.surgical': '{n} días antes de la cirugía',
    'before.treatment': '{n} días antes del tratamiento',
    'before1.surgical': 'El día antes de la cirugía',
    'before1.treatment': 'El día antes del tratamiento',
    day: 'Día {n}',
    days: 'Días {from}–{to}',
    open: 'Desde el día {n}, durante',
    'open0.surgical': 'Desde el día de la cirugía, durante',
    'open0.treatment': 'Desde el día del tratamiento, durante',
    'openBefore.surgical': 'Desde {n} días antes de la cirugía, durante',
    'openBefore.treatment': 'Desde {n} días antes del tratamiento, durante',
    avoid: 'Evitar',
    download: 'Descargar las etapas (.ics)',
    calendarName: 'Recuperación: {procedure}',
    icsStarts: 'empieza hoy, durante {duration}',
    icsPeriod: 'Desde este día, durante {duration}. La guía no indica una fecha de fin.',
  },
);

export type TimelineStringKey = keyof (typeof timelineStrings)['en'];
