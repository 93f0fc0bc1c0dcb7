import type { ProcedureGuide } from '../core/documents/model.js';

/** Patient guide to the necklift (cervical rhytidectomy), in eleven sections. */
const necklift: ProcedureGuide = {
  kind: 'procedure-guide',
  id: 'necklift',
  title: 'Necklift',
  lang: 'en',
  procedure: {
    name: 'Necklift',
    alternateName: 'Cervical Rhytidectomy',
    procedureType: 'SurgicalProcedure',
  },
  recovery: [
    {
      id: 'stop-smoking',
      kind: 'avoid',
      label: 'Smoking, for at least a week or two before and after surgery',
      fromDay: -14,
      toDay: 14,
      section: 'preparing',
    },
    {
      id: 'arrange-help',
      kind: 'milestone',
      label: 'Arrange for someone to drive you home and to help you for a day or two',
      fromDay: -7,
      toDay: -1,
      section: 'preparing',
    },
    { id: 'head-elevated', kind: 'milestone', label: 'Head elevated and as still as possible, if your doctor advises', fromDay: 0, toDay: 2, section: 'after' },
    { id: 'numbness', kind: 'milestone', label: 'Some numbness of the skin, which is normal', fromDay: 0, duration: 'a few weeks or months', section: 'after' },
    { id: 'take-it-easy', kind: 'avoid', label: 'Take it easy', fromDay: 0, toDay: 7, section: 'back-to-normal' },
    {
      id: 'no-strenuous-activity',
      kind: 'avoid',
      label: 'No strenuous activity, including sex and heavy housework',
      fromDay: 0,
      toDay: 14,
      section: 'back-to-normal',
    },
    {
      id: 'no-alcohol-steam-sauna',
      kind: 'avoid',
      label: 'No alcohol, steam baths or saunas',
      fromDay: 0,
      duration: 'several months',
      section: 'back-to-normal',
    },
    { id: 'up-and-about', kind: 'milestone', label: 'Up and about', fromDay: 1, toDay: 2, section: 'back-to-normal' },
    { id: 'drain-removed', kind: 'milestone', label: 'Drainage tube removed, if one was placed', fromDay: 1, toDay: 2, section: 'after' },
    { id: 'bandages-removed', kind: 'milestone', label: 'Bandages removed, when used', fromDay: 1, toDay: 5, section: 'after' },
    { id: 'stitches-removed', kind: 'milestone', label: 'Most stitches removed', fromDay: 5, section: 'after' },
    { id: 'stitches-longer', kind: 'milestone', label: 'Stitches in slower-healing areas may stay a few days longer', fromDay: 5, toDay: 8, section: 'after' },
    { id: 'back-to-work', kind: 'milestone', label: 'Most patients back at work', fromDay: 10, toDay: 14, section: 'back-to-normal' },
    { id: 'bruising-fades', kind: 'milestone', label: 'Remaining bruising fades', fromDay: 14, toDay: 21, section: 'back-to-normal' },
    { id: 'feeling-better', kind: 'milestone', label: 'Looking and feeling much better', fromDay: 15, toDay: 21, section: 'back-to-normal' },
    {
      id: 'dry-skin-thin-hair',
      kind: 'milestone',
      label: 'Hair around the temples may be thin, and skin dry and rough',
      fromDay: 21,
      duration: 'several months',
      section: 'results',
    },
  ],
  sections: [
    {
      id: 'considering',
      heading: 'If you are considering a necklift…',
      blocks: [
        {
          type: 'paragraph',
          text: 'As people age, the effects of gravity, exposure to the sun, and the stresses of daily life can be seen in their necks. Deep creases often appear and folds and fat deposits form around the neck.',
        },
        {
          type: 'paragraph',
          text: 'A necklift (technically known as Cervical Rhytidectomy) can’t stop this aging process. What it can do is “set back the clock,” improving the most visible signs of aging by removing excess fat, tightening underlying muscles, and redraping the skin of your neck. A necklift can be done alone, or in conjunction with other procedures such as a facelift, forehead lift, eyelid surgery, or nose reshaping.',
        },
        {
          type: 'paragraph',
          text: 'If you’re considering a necklift, this page will give you a basic understanding of the procedure, when it can help, how it’s performed, and what results you can expect. It can’t answer all of your questions, since a lot depends on the individual patient and the surgeon. Please ask your surgeon about anything you don’t understand.',
        },
      ],
    },
    {
      id: 'candidates',
      heading: 'The best candidates for a necklift',
      blocks: [
        {
          type: 'paragraph',
          text: 'The best candidate for a necklift is a man or woman whose neck has begun to sag, but whose skin still has some elasticity and whose bone structure is strong and well-defined. Most patients are in their forties to sixties, but necklifts can be done successfully on people in their seventies or eighties as well.',
        },
        {
          type: 'paragraph',
          text: 'A necklift can make you look younger and fresher, and it may enhance your self-confidence in the process. But it can’t give you a totally different look, nor can it restore the health and vitality of your youth. Before you decide to have surgery, think carefully about your expectations and discuss them with your surgeon.',
        },
      ],
    },
    {
      id: 'risks',
      heading: 'All surgery carries some uncertainty and risk',
      blocks: [
        {
          type: 'paragraph',
          text: 'When a necklift is performed by a qualified plastic surgeon, complications are infrequent and usually minor. Still, individuals vary greatly in their anatomy, their physical reactions, and their healing abilities, and the outcome is never completely predictable.',
        },
        {
          type: 'paragraph',
          text: 'Complications that can occur include hematoma (a collection of blood under the skin that must be removed by the surgeon), injury to the nerves that control facial muscles (usually temporary), infection, and reactions to the anesthesia. Poor healing of the skin is most likely to affect smokers.',
        },
        {
          type: 'paragraph',
          text: 'You can reduce your risks by closely following your surgeon’s advice both before and after surgery.',
        },
      ],
    },
    {
      id: 'planning',
      heading: 'Planning your surgery',
      blocks: [
        {
          type: 'paragraph',
          text: 'Necklifts are very individualized procedures. In your initial consultation the surgeon will evaluate your neck, including the skin and underlying structures, and discuss your goals for the surgery.',
        },
        {
          type: 'paragraph',
          text: 'Your surgeon should check for medical conditions that could cause problems during or after surgery such as uncontrolled high blood pressure, blood clotting problems, or the tendency to form excessive scars. Be sure to tell your surgeon if you smoke or are taking any drugs or medications, especially aspirin or other drugs that affect clotting.',
        },
        {
          type: 'paragraph',
          text: 'If you decide to have a necklift, your surgeon will explain the techniques and anesthesia he or she will use, the type of facility where the surgery will be performed, and the risks and costs involved. Don’t hesitate to ask your doctor any questions you may have, especially those regarding your expectations and concerns about the results.',
        },
        {
          type: 'checklist',
          id: 'questions',
          title: 'Questions to ask your surgeon',
          items: [
            'Which techniques will you use on my neck, and why?',
            'What anesthesia will I have?',
            'Where will the surgery be performed?',
            'What are the risks for me, and what happens if there is a complication?',
            'What will it cost in total?',
            'What results can I realistically expect, and where will the scars be?',
            'Which medications, vitamins or aspirin should I stop, and when?',
          ],
        },
      ],
    },
    {
      id: 'preparing',
      heading: 'Preparing for your surgery',
      blocks: [
        {
          type: 'paragraph',
          text: 'Your surgeon will give you specific instructions on how to prepare for surgery, including guidelines on eating and drinking, smoking, and taking or avoiding certain vitamins and medications. Carefully following these instructions will help your surgery go more smoothly. If you smoke, it’s especially important to stop at least a week or two before and after surgery; smoking inhibits blood flow to the skin, and can interfere with the healing of your incision areas.',
        },
        {
          type: 'paragraph',
          text: 'If your hair is very short, you might want to let it grow out before surgery, so that it’s long enough to hide the scars while they heal.',
        },
        {
          type: 'paragraph',
          text: 'Whether your necklift is being done on an outpatient or inpatient basis, you should arrange for someone to drive you home after your surgery, and to help you out for a day or two if needed.',
        },
      ],
    },
    {
      id: 'where',
      heading: 'Where your surgery will be performed',
      blocks: [
        {
          type: 'paragraph',
          text: 'A necklift may be performed in a surgeon’s office-based facility, an outpatient surgery center, or a hospital. It’s usually done on an outpatient basis, but some surgeons may hospitalize patients for a day when using general anesthesia. Certain conditions such as diabetes or high blood pressure should be monitored after surgery, and may also require a short inpatient stay.',
        },
      ],
    },
    {
      id: 'anesthesia',
      heading: 'Types of anesthesia',
      blocks: [
        {
          type: 'paragraph',
          text: 'Most necklifts are performed under local anesthesia, combined with a sedative to make you drowsy. You’ll be awake but relaxed, and your neck will be insensitive to pain. (However, you may feel some tugging or occasional discomfort.)',
        },
        {
          type: 'paragraph',
          text: 'Some surgeons prefer a general anesthesia. In that case, you’ll sleep through the operation.',
        },
      ],
    },
    {
      id: 'surgery',
      heading: 'The surgery',
      blocks: [
        {
          type: 'paragraph',
          text: 'A necklift usually takes several hours- or somewhat longer if you’re having more than one procedure done. For extensive procedures, some surgeons may schedule two separate sessions.',
        },
        {
          type: 'paragraph',
          text: 'Every surgeon approaches the procedure in his or her own way. Some complete one side of the neck at a time, and others move back and forth between the sides. The exact placement of incisions and the sequence of events depends on your facial and neck structure as well as your surgeon’s technique.',
        },
        {
          type: 'paragraph',
          text: 'In general, the surgeon separates the skin from the fat and muscle below. Fat may be trimmed or suctioned from around the neck and chin to improve the contour. The surgeon then tightens the underlying muscle and membrane, pulls the skin back, and removes the excess. Stitches secure the layers of tissue and close the incisions.',
        },
        {
          type: 'paragraph',
          text: 'Following surgery, a small, thin tube may be temporarily placed under the skin to drain any blood that might collect there. The surgeon may also wrap your neck loosely in bandages to minimize bruising and swelling.',
        },
      ],
    },
    {
      id: 'after',
      heading: 'After your surgery',
      blocks: [
        {
          type: 'paragraph',
          text: 'There isn’t usually significant discomfort after surgery; if there is, it can be lessened with the pain medication prescribed by your surgeon. (Severe or persistent pain or a sudden swelling of your neck should be reported to your surgeon immediately.) Some numbness of the skin is quite normal; it will disappear in a few weeks or months.',
        },
        {
          type: 'callout',
          tone: 'warning',
          heading: 'Call your surgeon at once',
          text: 'Severe or persistent pain or a sudden swelling of your neck should be reported to your surgeon immediately.',
        },
        {
          type: 'paragraph',
          text: 'Your doctor may tell you to keep your head elevated and as still as possible for a couple of days after surgery, to keep the swelling down.',
        },
        {
          type: 'paragraph',
          text: 'If you’ve had a drainage tube inserted, it will be removed one or two days after surgery. Bandages, when used, are usually removed after one to five days. Don’t be surprised at the pale, bruised, and puffiness you see. Just keep in mind that in a few weeks you’ll be looking normal.',
        },
        {
          type: 'paragraph',
          text: 'Most of your stitches will be removed after about five days. Some surgeons may choose to use absorbable sutures in which case your body will absorb the stitches naturally with time, eliminating the stitch removal process altogether. Some areas may take longer to heal, and the stitches could be left in a few days longer.',
        },
      ],
    },
    {
      id: 'back-to-normal',
      heading: 'Getting back to normal',
      blocks: [
        {
          type: 'paragraph',
          text: 'You should be up and about in a day or two, but plan on taking it easy for the first week after surgery. Be especially gentle with your face, neck and hair, since your skin will be both tender and numb, and may not respond normally at first.',
        },
        {
          type: 'paragraph',
          text: 'Your surgeon will give more specific guidelines for gradually resuming your normal activities. They’re likely to include these suggestions: Avoid strenuous activity, including sex and heavy housework, for at least two weeks (walking and mild stretching are fine); avoid alcohol, steam baths, and saunas for several months. Above all, get plenty of rest and allow your body to spend its energy on healing.',
        },
        {
          type: 'paragraph',
          text: 'At the beginning, your neck may look and feel rather strange. Your features may be distorted from the swelling, your movements may be slightly stiff and you’ll probably be self-conscious about your scars. Some bruising may persist for two or three weeks, and you may tire easily. It’s not surprising that some patients are disappointed and depressed at first.',
        },
        {
          type: 'paragraph',
          text: 'By the third week, you’ll look and feel much better. Most patients are back at work about ten days to two weeks after surgery. If you need it, special camouflage makeup can mask most bruising that remains.',
        },
      ],
    },
    {
      id: 'results',
      heading: 'Your new look',
      blocks: [
        {
          type: 'paragraph',
          text: 'The chances are excellent that you’ll be happy with your necklift, especially if you realize that the results may not be immediately apparent. Even after the swelling and bruises are gone, the hair around your temples may be thin and your skin may feel dry and rough for several months. Men may find they have to shave in new places-behind the neck and ears-where areas of beard- growing skin have been repositioned.',
        },
        {
          type: 'paragraph',
          text: 'You’ll have some scars from your necklift, but they’re usually hidden by your hair or in the natural creases of your neck and ears. In any case, they’ll fade within time and should be scarcely visible.',
        },
        {
          type: 'paragraph',
          text: 'Having a necklift doesn’t stop the clock. Your neck will continue to age with time, and you may want to repeat the procedure one or more times, perhaps five or ten years down the line. But in another sense, the effects of even one necklift are lasting; years later, you’ll continue to look better than if you’d never had a necklift at all.',
        },
      ],
    },
  ],
};

export default necklift;
