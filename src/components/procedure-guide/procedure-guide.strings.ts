import { defineMessages } from '../../core/i18n/messages.js';

/** UI strings of the guide (the recovery timeline has its own, loaded with it). */
export const guideStrings = defineMessages(
  'procedure-guide',
  {
    'guide.toc': 'On this page',
    'guide.loading': 'Loading the guide…',
    'guide.step': 'Step {n} of {total}',
    'guide.previous': 'Previous',
    'guide.next': 'Next',
    'guide.printedFrom': 'Printed from {url}',
    'guide.error.title': 'This guide could not be shown.',
    'guide.error.unknown-procedure': 'There is no built-in guide called "{name}". The built-in guides are: {names}.',
    'guide.error.not-a-guide': '{src} is not a procedure guide.',
    'guide.error.empty': 'There is nothing to show: add sections inside the element, a src, or a procedure ({names}).',
  },
  {
    'guide.toc': 'En esta página',
    'guide.loading': 'Cargando la guía…',
    'guide.step': 'Paso {n} de {total}',
    'guide.previous': 'Anterior',
    'guide.next': 'Siguiente',
    'guide.printedFrom': 'Impreso desde {url}',
    'guide.error.title': 'No se pudo mostrar esta guía.',
    'guide.error.unknown-procedure': 'No hay una guía incluida llamada "{name}". Las guías incluidas son: {names}.',
    'guide.error.not-a-guide': '{src} no es una guía de procedimiento.',
    'guide.error.empty': 'No hay nada que mostrar: añada secciones dentro del elemento, un src o un procedimiento ({names}).',
  },
);

export type GuideStringKey = keyof (typeof guideStrings)['en'];
