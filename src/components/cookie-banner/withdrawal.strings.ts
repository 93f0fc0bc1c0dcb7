import { defineMessages } from '../../core/i18n/messages.js';

/** UI strings of the notice after a withdrawal of consent, loaded with it. */
export const reloadStrings = defineMessages(
  'cookie-withdrawal',
  {
    reload: 'Some of what you turned off was already running. Reload the page to stop it.',
    reloadButton: 'Reload the page',
  },
  {
    reload: 'Parte de lo que desactivó ya estaba en marcha. Vuelva a cargar la página para detenerlo.',
    reloadButton: 'Volver a cargar la página',
  },
);
