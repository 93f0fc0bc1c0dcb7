import { defineMessages } from '../../core/i18n/messages.js';

export const sensitiveStrings = defineMessages(
  'sensitive-content',
  {
    title: 'Sensitive content',
    nudity: 'This may show medical images with nudity. You can choose whether to see it.',
    show: 'Show content',
    hide: 'Hide content',
    showAll: 'Always show sensitive content on this site',
  },
  {
    title: 'Contenido sensible',
    nudity: 'Esto puede mostrar imágenes médicas con desnudos. Usted elige si quiere verlo.',
    show: 'Mostrar contenido',
    hide: 'Ocultar contenido',
    showAll: 'Mostrar siempre el contenido sensible en este sitio',
  },
);
