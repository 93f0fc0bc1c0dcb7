import { defineMessages } from '../../core/i18n/messages.js';

/** Why a fetched document could not be used: the same words for every element. */
export const loadErrorStrings = defineMessages(
  'load-error',
  {
    'other-origin': '{src} is on another website; only files from this site are loaded.',
    network: '{src} could not be loaded (network error).',
    http: '{src} could not be loaded (HTTP {status}).',
    'not-json': '{src} is not valid JSON.',
    invalid: '{src} does not follow the content format:',
  },
  {
    'other-origin': '{src} está en otro sitio web; solo se cargan archivos de este sitio.',
    network: 'No se pudo cargar {src} (error de red).',
    http: 'No se pudo cargar {src} (HTTP {status}).',
    'not-json': '{src} no es un JSON válido.',
    invalid: '{src} no sigue el formato de contenido:',
  },
);
