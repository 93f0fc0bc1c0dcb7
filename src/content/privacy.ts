import type { LegalDocument } from '../core/documents/model.js';

/** Privacy Policy, including the cookies, web beacons, server logs and third-party ad servers that the cookie banner asks about. */
const privacy: LegalDocument = {
  kind: 'legal-document',
  id: 'privacy',
  title: 'Privacy Policy',
  lang: 'en',
  sections: [
    {
      id: 'about',
      heading: 'About this notice',
      blocks: [
        {
          type: 'paragraph',
          text: '{clinic.website} or other web sites owned or operated by {clinic.name} (the “{clinic.name} Sites”) value and respect your privacy. This Privacy Notice details important information regarding the use and disclosure of your information collected on the {clinic.name} Sites. {clinic.name} provides this Privacy Notice to help you make an informed decision about whether to use or continue using the {clinic.name} Sites. This Privacy Notice is incorporated into and is subject to the {clinic.name} Terms of Use. Your utilization of the {clinic.name} Sites and any personal information you provide on the {clinic.name} Sites remains subject to the terms of this Privacy Notice and our Terms of Use.',
        },
      ],
    },
    {
      id: 'minors',
      heading: 'Minors',
      blocks: [
        {
          type: 'paragraph',
          text: 'Protecting the privacy of minors is especially important. For that reason, {clinic.name} does not knowingly collect or maintain personally identifiable information or non-personally-identifiable information on the {clinic.name} Sites from persons under 18 years of age, and no part of our website is directed to persons under 18. If you are under 18 years of age, then please do not use or access the {clinic.name} Sites at any time or in any manner.',
        },
        {
          type: 'paragraph',
          text: 'If {clinic.name} learns that personally identifiable information of persons under 18 years of age has been collected on the {clinic.name} Sites without verified parental consent, then {clinic.name} will take the appropriate steps to delete this information.',
        },
      ],
    },
    {
      id: 'international',
      heading: 'Where information is kept',
      blocks: [
        {
          type: 'paragraph',
          text: 'The {clinic.name} Sites are hosted in the United States and are intended for and directed to Users in the United States. If you are a User accessing the {clinic.name} Sites from the European Union, Asia, or any other region with laws or regulations governing personal data collection, use, and disclosure that differ from United States laws, please be advised that through your continued use of the {clinic.name} Sites, which are governed by U.S. law, this Privacy Notice and our Terms of Use, you are transferring your personal information to the United States and you consent to that transfer.',
        },
      ],
    },
    {
      id: 'information-you-provide',
      heading: 'Information you provide',
      blocks: [
        {
          type: 'paragraph',
          text: 'You provide certain personally identifiable information (such as your name and email address) to {clinic.name} Sites when choosing to participate in various activities on the {clinic.name} Sites such as posting messages, taking advantage of promotions, responding to surveys, or subscribing to newsletters or other mailing lists. In addition, if you provide your third-party account information (e.g., your log-in information for Facebook or other third party sites) to us, you understand that if you authorize the transmissions, some content and/or information in those accounts may be transmitted to {clinic.name} Sites. This Privacy Policy governs any third party account information that is transmitted to {clinic.name}.',
        },
      ],
    },
    {
      id: 'cookies',
      heading: 'Cookies',
      blocks: [
        {
          type: 'paragraph',
          text: 'When you visit the {clinic.name} Sites, we may send one or more cookies – a small text file containing a string of alphanumeric characters – to your computer that uniquely identifies your browser. {clinic.name} uses both session cookies and persistent cookies. A persistent cookie remains after you close your browser. Persistent cookies may be used by your browser on subsequent visits to the site. Persistent cookies can be removed by following your web browser help file directions. A session cookie is temporary and disappears after you close your browser. You can reset your web browser to refuse all cookies or to indicate when a cookie is being sent. However, some features of the {clinic.name} Sites may not function properly if the ability to accept cookies is disabled.',
        },
      ],
    },
    {
      id: 'web-beacons',
      heading: 'Clear gifs (web beacons)',
      blocks: [
        {
          type: 'paragraph',
          text: 'When you use the {clinic.name} Sites, we may employ “clear gifs” (a.k.a. Web Beacons) which are used to track the online usage patterns of our Users anonymously (i.e., in a non-personally-identifiable manner). In addition, we may also use clear gifs in HTML-based emails sent to our Users to track which emails are opened by recipients.',
        },
      ],
    },
    {
      id: 'server-logs',
      heading: 'Server logs',
      blocks: [
        {
          type: 'paragraph',
          text: 'When you use the {clinic.name} Sites, our servers automatically record certain information that your web browser sends whenever you visit any website. These server logs may include information such as your web request, browser type, browser language, Internet Protocol (“IP”) address referring / exit pages and URLs, platform type, number of clicks, domain names, landing pages, the date and time of your request, pages viewed and the order of those pages, the amount of time spent on particular pages, and one or more cookies that may uniquely identify your browser.',
        },
      ],
    },
    {
      id: 'email',
      heading: 'Email',
      blocks: [
        {
          type: 'paragraph',
          text: 'We do not use your email address or other personally identifiable information to send commercial or marketing messages without your consent or except as part of a specific program or feature for which you will have the ability to opt-in or opt-out. We may, however, use your email address without further consent for non-marketing or administrative purposes such as notifying you of major {clinic.name} Sites changes or for customer service purposes.',
        },
      ],
    },
    {
      id: 'use-of-information',
      heading: 'How we use information',
      blocks: [
        {
          type: 'paragraph',
          text: 'We use both your personally identifiable information and certain non-personally-identifiable information (such as anonymous User usage data, cookies, IP addresses, browser type, clickstream data, etc.) to improve the quality and design of the {clinic.name} Sites and to create new features, promotions, functionality, and services by storing, tracking, and analyzing {clinic.name} users’ trends and preferences. We use cookies, clear gifs, and log file information to: (a) remember information so that you will not have to re-enter it during your visit or the next time you visit the {clinic.name} Sites; (b) provide custom, personalized content and information; (c) monitor the effectiveness of our marketing campaigns; (d) monitor aggregate metrics such as total number of visitors, pages viewed, etc.; and (e) track your entries, submissions, and status in promotions and other offers.',
        },
      ],
    },
    {
      id: 'sharing',
      heading: 'Sharing information',
      blocks: [
        {
          type: 'paragraph',
          text: '{clinic.name} Sites provides personally identifiable information and non-personally identifiable information to our subsidiaries, affiliated companies, or other businesses or persons for the purpose of processing such information on our behalf. We require that these parties agree to process such information in compliance with our privacy policy, and we use reasonable efforts to limit their use of such information and to use other appropriate confidentiality and security measures.',
        },
        {
          type: 'paragraph',
          text: 'However, we do not share your personally identifiable information (such as name or email address) with other, third-party companies for their commercial or marketing use without your consent or except as part of a specific program or feature for which you will have the ability to opt-in or opt-out.',
        },
        {
          type: 'paragraph',
          text: 'We do share non-personally-identifiable information (such as anonymous User usage data, referring / exit pages and URLs, platform types, number of clicks, etc.) with interested third-parties to assist them in understanding the usage patterns for certain content, services, advertisements, promotions, and/or functionality on the {clinic.name} Sites.',
        },
      ],
    },
    {
      id: 'legal-disclosure',
      heading: 'Disclosure required by law',
      blocks: [
        {
          type: 'paragraph',
          text: '{clinic.name} Sites may release personally identifiable information and/or non-personally identifiable information if required to do so by law, or in the good-faith belief that such action is necessary to comply with state and federal laws (such as U.S. Copyright Law) or respond to a court order, subpoena, or search warrant.',
        },
        {
          type: 'paragraph',
          text: '{clinic.name} Sites also reserves the right to disclose personally identifiable information and/or non-personally identifiable information that {clinic.name} believes, in good faith, is appropriate or necessary to enforce our Terms of Use, take precautions against liability, to investigate and defend itself against any third-party claims or allegations, to assist government enforcement agencies, to protect the security or integrity of the {clinic.name} Sites, and to protect the rights, property, or personal safety of {clinic.name} Sites, it’s users or other parties.',
        },
      ],
    },
    {
      id: 'business-transfers',
      heading: 'Business transfers',
      blocks: [
        {
          type: 'paragraph',
          text: 'In the event that any of the {clinic.name} Sites are acquired by or merged with a third party entity, we reserve the right, in any of these circumstances, to transfer or assign the information we have collected from our Users as part of such merger, acquisition, sale, or other change of control. In the event of {clinic.name} Sites bankruptcy, insolvency, reorganization, receivership, or assignment for the benefit of creditors, or the application of laws or equitable principles affecting creditors rights generally, we may not be able to control how your personal information is treated, transferred, or used.',
        },
      ],
    },
    {
      id: 'ad-servers',
      heading: 'Third-party ad servers',
      blocks: [
        {
          type: 'paragraph',
          text: '{clinic.name} allows other companies, called third-party ad servers or ad networks, to serve advertisements within the {clinic.name} Sites. These third-party ad servers or ad networks use technology to send, directly to your browser, the advertisements and links that appear on the {clinic.name} Sites. They automatically receive your IP address when this happens. {clinic.name} does not provide any personally identifiable information to these third-party ad servers or ad networks without your consent or except as part of a specific program or feature for which you will have the ability to opt-in or opt-out.',
        },
        {
          type: 'paragraph',
          text: 'You should consult the respective privacy policies of these third-party ad servers or ad networks. {clinic.name}’s privacy policy does not apply to, and we cannot control the activities of, such other third parties.',
        },
      ],
    },
    {
      id: 'security',
      heading: 'Security',
      blocks: [
        {
          type: 'paragraph',
          text: '{clinic.name} Sites use commercially reasonable physical, managerial, and technical safeguards to preserve the integrity and security of your personal information. We cannot, however, ensure or warrant the security of any information you transmit to {clinic.name} Sites and you do so at your own risk. Once we receive your transmission of information, {clinic.name} makes commercially reasonable efforts to ensure the security of our systems. However, please note that this is not a guarantee that such information may not be accessed, disclosed, altered, or destroyed by breach of any of our physical, technical, or managerial safeguards.',
        },
        {
          type: 'paragraph',
          text: 'If {clinic.name} Sites learns of a security systems breach, then we may attempt to notify you electronically so that you can take appropriate protective steps. {clinic.name} may post a notice on the {clinic.name} Sites if a security breach occurs. Depending on where you live, you may have a legal right to receive notice of a security breach in writing.',
        },
      ],
    },
    {
      id: 'changes',
      heading: 'Changes to this notice',
      blocks: [
        {
          type: 'paragraph',
          text: 'This Privacy Notice may be revised periodically. Please revisit this page to stay aware of any changes. In general, we only use your personal information in the manner described in the Privacy Notice in effect when we received the personal information you provided. Your continued use of the {clinic.name} Sites constitutes your agreement to this Privacy Notice and any future revisions.',
        },
      ],
    },
  ],
};

export default privacy;
