import { defineMessages } from '../../core/i18n/messages.js';

export const legalStrings = defineMessages(
  'legal-document',
  {
    toc: 'Contents',
    version: 'Version {version}',
    effective: 'Effective {date}',
    printedFrom: 'Printed from {url}',
    loading: 'Loading the document…',
    errorTitle: 'This document could not be shown.',
    'error.unknown': 'There is no built-in document called "{name}". The built-in documents are: terms, privacy.',
    'error.not-legal': '{src} is not a legal document.',
    'error.empty': 'There is nothing to show: add sections inside the element, a src, or document="terms" or "privacy".',
  },
  {
    toc: 'Índice',
    version: 'Versión {version}',
    effective: 'Vigente desde el {date}',
    printedFrom: 'Impreso desde {url}',
    loading: 'Cargando el documento…',
    errorTitle: 'No se pudo mostrar este documento.',
    'error.unknown': 'No hay un documento incluido llamado "{name}". Los documentos incluidos son: terms, privacy.',
    'error.not-legal': '{src} no es un documento legal.',
    'error.empty': 'No hay nada que mostrar: añada secciones dentro del elemento, un src, o document="terms" o "privacy".',
  },
);

export type LegalStringKey = keyof (typeof legalStrings)['en'];
