import { defineMessages } from '../../core/i18n/messages.js';

/** UI strings of `<legal-document show-changes>`, loaded with it. */
export const changesStrings = defineMessages(
  'legal-changes',
  {
    changed: 'Changed since version {version}, which you accepted:',
    same: 'The text is the one of version {version}, which you accepted.',
  },
  {
    changed: 'Cambios desde la versión {version}, que usted aceptó:',
    same: 'El texto es el de la versión {version}, que usted aceptó.',
  },
);
