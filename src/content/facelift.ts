import type { ProcedureGuide } from '../core/documents/model.js';

/** The facelift illustrations: five figures in order, each with its caption; the clinic supplies the images. */
const facelift: ProcedureGuide = {
  kind: 'procedure-guide',
  id: 'facelift',
  title: 'Facelift',
  lang: 'en',
  procedure: {
    name: 'Facelift',
    alternateName: 'Rhytidectomy',
    procedureType: 'SurgicalProcedure',
  },
  sections: [
    {
      id: 'illustrated',
      heading: 'A facelift, step by step',
      blocks: [
        {
          type: 'figure',
          id: 'before',
          caption: 'A facelift can improve the deep cheek folds, jowls and loose, sagging skin around the neck that come with age.',
          alt: 'A face before a facelift, with deep cheek folds, jowls and loose skin around the neck.',
        },
        {
          type: 'figure',
          id: 'incisions',
          caption:
            'Incisions usually begin above the hairline at the temples, follow the natural line in front of the ear, curve behind the earlobe into the crease behind the ear, and into or along the lower scalp.',
          alt: 'The incision line, from the temple, in front of the ear, behind the earlobe and into the lower scalp.',
        },
        {
          type: 'figure',
          id: 'tightening',
          caption: 'After deep tissues are tightened, the excess skin is pulled up and back, trimmed and sutured into place.',
          alt: 'Deep tissues tightened and the excess skin pulled up and back.',
        },
        {
          type: 'figure',
          id: 'scars',
          caption: 'Most of the scars will be hidden within your hair and in the normal creases of your skin.',
          alt: 'Where the scars lie, within the hair and the natural creases of the skin.',
        },
        {
          type: 'figure',
          id: 'after',
          caption: 'After surgery, you’ll present a fresher, more youthful face to the world.',
          alt: 'The same face after a facelift, fresher and more youthful.',
        },
      ],
    },
  ],
};

export default facelift;
