import { defineMessages } from '../../core/i18n/messages.js';

export const disclaimerStrings = defineMessages(
  'medical-disclaimer',
  {
    label: 'Medical disclaimer',
    lead: 'Not medical advice.',
    text: 'The content on this site is for educational and informational purposes only and is not a substitute for diagnosis, treatment, or medical advice from a qualified health care professional.',
    link: 'Read the full Terms of Use',
  },
  {
    label: 'Aviso médico',
    lead: 'No es consejo médico.',
    text: 'El contenido de este sitio tiene fines educativos e informativos únicamente y no sustituye el diagnóstico, el tratamiento ni el consejo médico de un profesional de la salud calificado.',
    link: 'Lea los Términos de uso completos',
  },
);
