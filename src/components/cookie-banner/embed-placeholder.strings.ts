import { defineMessages } from '../../core/i18n/messages.js';

/** UI strings of the box shown in place of a held-back embed (loaded with it). */
export const placeholderStrings = defineMessages(
  'consent-placeholder',
  {
    title: '{label} is not loaded yet',
    receiver: 'Loading it sends data such as your IP address to {vendor}.',
    'load.video': 'Load this video',
    'load.audio': 'Load this audio',
    'load.map': 'Load this map',
    'load.content': 'Load this content',
    allow: 'Always allow {label}',
    sensitive: 'It is not loaded on this health page, so that {vendor} does not learn which page you read.',
    privacy: 'Privacy policy of {vendor}',
  },
  {
    title: '{label} aún no se ha cargado',
    receiver: 'Al cargarlo se envían datos como su dirección IP a {vendor}.',
    'load.video': 'Cargar este video',
    'load.audio': 'Cargar este audio',
    'load.map': 'Cargar este mapa',
    'load.content': 'Cargar este contenido',
    allow: 'Permitir siempre {label}',
    sensitive: 'No se carga en esta página de salud, para que {vendor} no sepa qué página lee.',
    privacy: 'Política de privacidad de {vendor}',
  },
);

export type PlaceholderStringKey = keyof (typeof placeholderStrings)['en'];
