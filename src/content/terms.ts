import type { LegalDocument } from '../core/documents/model.js';

/** Terms of Use in fourteen numbered sections; `{clinic.*}` placeholders stand for the clinic. */
const terms: LegalDocument = {
  kind: 'legal-document',
  id: 'terms',
  title: 'Terms of Use',
  lang: 'en',
  intro: [
    {
      type: 'paragraph',
      text: 'Please read these Terms of Use (“Terms”) carefully. These Terms are between you and {clinic.legalName}, also known as {clinic.name} (“Site”). These Terms cover your use of this website, {clinic.website} and the services and information available on this website. You accept these Terms by accessing or using the Site and you agree to be bound by these Terms and Privacy Policy. If you do not agree to abide by or be bound by these Terms, then do not access the Site.',
    },
  ],
  sections: [
    {
      id: 'modification',
      number: '1',
      heading: 'Modification',
      blocks: [
        {
          type: 'paragraph',
          text: '{clinic.name} reserves the right to make changes to the website, Privacy Policy and other content. For all users, these Terms are effective as of the date of published changes and supersede all previous versions of {clinic.name}’s Terms. If any condition shall be deemed invalid, void or for any reason unenforceable, then that condition shall be deemed severable and shall not affect the validity of the remaining conditions. Your continued use of the Site after any such changes are posted constitutes your acceptance of the new Terms. If you do not agree to abide by these or any future Terms, you may not use or access the Site.',
        },
      ],
    },
    {
      id: 'no-medical-advice',
      number: '2',
      heading: 'No Medical Advice',
      blocks: [
        {
          type: 'paragraph',
          text: 'The content, including but not limited to text, graphics, images or other material contained on the Site is for educational/informational purposes only, and is not a substitute for diagnosis, treatment, or medical advice that would be provided by a qualified health care professional. Your reliance on any information or Content provided on the Site, whether or not it is provided by a health care professional, is solely at your own risk. You should always seek the advice of your physician or health care professional for any questions you may have about your own medical condition.',
        },
      ],
    },
    {
      id: 'no-minors',
      number: '3',
      heading: 'No Minors',
      blocks: [
        {
          type: 'paragraph',
          text: 'You may not access the Site if you are under 18 years of age.',
        },
      ],
    },
    {
      id: 'account-email-consent',
      number: '4',
      heading: 'Your Service Account; Email Consent',
      blocks: [
        {
          type: 'paragraph',
          text: 'In order to use some of the features on the Site, you may be asked to register and provide information about yourself. By utilizing the Site, you consent to receive emails from {clinic.name}, which may include commercial emails provided such emails are in accordance approved by {clinic.name}.',
        },
      ],
    },
    {
      id: 'endorsements',
      number: '5',
      heading: 'Products and Service Endorsements',
      blocks: [
        {
          type: 'paragraph',
          text: '{clinic.name} does not endorse or recommend any specific content, procedures, products, opinions, or any other material or information available on the Site.',
        },
      ],
    },
    {
      id: 'nudity',
      number: '6',
      heading: 'Nudity',
      blocks: [
        {
          type: 'paragraph',
          text: 'There may be medical related or health related materials posted by {clinic.name} or other third parties that may contain nudity. If you find these materials to be offensive, then you may want to use the Site or Service in such a way as to limit your viewing of this material.',
        },
      ],
    },
    {
      id: 'photo-video-policy',
      number: '7',
      heading: 'Photograph/Video Policy',
      blocks: [
        {
          type: 'paragraph',
          text: 'Health care professionals must have consent from individuals and follow all HIPAA requirements (as well as {clinic.name}’s Privacy Policy and Terms Of Use) before uploading, submitting or posting any patient photographs or videos.',
        },
      ],
    },
    {
      id: 'usage-information',
      number: '8',
      heading: 'Performance and Usage Information',
      blocks: [
        {
          type: 'paragraph',
          text: 'We may automatically upload performance and usage data for evaluating the Site and the software associated with the Site. This data will not personally identify you.',
        },
      ],
    },
    {
      id: 'links',
      number: '9',
      heading: 'Links to Other Websites',
      blocks: [
        {
          type: 'paragraph',
          text: 'The Service may contain links to other websites maintained by third parties (“Third Party Website”) or you may be able to log into the Service through a Third Party Website. Third Party Websites are not under the control of {clinic.name} and {clinic.name} does not endorse or assume any responsibility for the content, information or functionality of any Third Party Website. As a result, your access or use of any Third Party Website is at your own risk and {clinic.name}’s Terms of Use and Privacy Policy and any other policies do not apply or govern any Third Party Website. You expressly relieve {clinic.name} of any and all liability related to the functionality, content or information contained on any Third Party Website. In addition, your dealings with or participation in promotions of third parties found on a Third Party Website, including payment and delivery of goods or services any other terms (such as warranties) are solely between you and the third parties. You agree that {clinic.name} shall not be responsible for any loss or damage of any kind relating to your dealings with such third parties.',
        },
      ],
    },
    {
      id: 'warranties',
      number: '10',
      heading: '{clinic.name|upper} DISCLAIMS ALL WARRANTIES',
      blocks: [
        {
          type: 'paragraph',
          text: 'We provide the Service “as-is,” “with all faults” and “as available.” The {clinic.name} and its affiliates disclaim all warranties, guarantees or conditions. Without limiting the foregoing, to the extent permitted by law, we exclude and disclaim all implied warranties, including those of merchantability, fitness for a particular purpose, workmanlike effort and non-infringement. IN ADDITION, IN NO EVENT SHALL {clinic.name|upper} BE LIABLE TO YOU OR TO ANYONE FOR ANY DECISION MADE OR ACTION TAKEN BY A PARTY (INCLUDING, WITHOUT LIMITATION, BY ANY USER) IN RELIANCE ON ANY CONTENT OR OTHER INFORMATION ABOUT PROFESSIONALS OR PROCEDURES POSTED ON THE SITE.',
        },
      ],
    },
    {
      id: 'jurisdiction',
      number: '11',
      heading: 'Jurisdiction',
      blocks: [
        {
          type: 'paragraph',
          text: '{clinic.name} controls and operates the Site from the {clinic.country} in {clinic.city} in {clinic.jurisdiction}. These Terms and the Service are governed by United States federal law and the laws of the State of {clinic.state}, excluding any conflicts of law provisions. Accessing, browsing or otherwise using the Site means you hereby consent to the exclusive jurisdiction of the state and federal courts in {clinic.jurisdiction} and you waive all defenses of lack of personal jurisdiction and forum non conveniences with respect to venue and jurisdiction in the state and federal courts of {clinic.jurisdiction}.',
        },
      ],
    },
    {
      id: 'indemnification',
      number: '12',
      heading: 'Indemnification',
      blocks: [
        {
          type: 'paragraph',
          text: 'You agree to indemnify and hold harmless {clinic.name} from and against any loss, liability, claim, demand, damages, costs and expenses, including reasonable attorney’s fees, arising out of or in connection with any content you post or submit to or through the Service, your use of the Service, your conduct in connection with the Service or with other users of the Site, and any violation of this contract or of any law or the rights of any third party.',
        },
      ],
    },
    {
      id: 'arbitration',
      number: '13',
      heading: 'Claim Must Be Filed Within One Year; Arbitration',
      blocks: [
        {
          type: 'paragraph',
          text: 'Any dispute, claim or controversy arising out of or relating to these Terms, {clinic.name} or the Site or the breach, termination, enforcement, interpretation or validity thereof, including the determination of the scope or applicability of this agreement to arbitrate, shall be determined by final and binding arbitration as the sole and exclusive remedy for such controversy or dispute. Any claim shall be made by filing a demand for arbitration within one (1) year following the event first giving rise to the claim. The arbitration shall be held in {clinic.jurisdiction} before one arbitrator. The arbitration shall be governed by the Federal Arbitration Act and the arbitration shall take place according to the rules of the American Arbitration Association. Judgment on the Award may be entered in any court having jurisdiction. Each of the party’s shall bear all of its own costs of arbitration except the fee for the arbitrator shall be equally split between the parties. The arbitrator shall not have the authority to modify these Terms or award punitive or exemplary damages to either party. This clause shall not preclude parties from seeking provisional remedies in aid of arbitration from a court of appropriate jurisdiction. Seeking any such remedies shall not constitute a waiver of either party’s right to compel arbitration.',
        },
      ],
    },
    {
      id: 'miscellaneous',
      number: '14',
      heading: 'Miscellaneous',
      blocks: [
        {
          type: 'paragraph',
          text: 'These Terms constitute the entire agreement between you and {clinic.name} regarding the use of the Site, and supersedes any prior agreements between you and {clinic.name} relating to your use of the Site. The failure of {clinic.name} to exercise or enforce any right or provision of these Terms or any prior version of these Terms shall not constitute a waiver of such right or provision in that or any other instance. If any provision of these Terms is held invalid, the remainder of these Terms shall continue in full force and effect. If any provision of these Terms shall be deemed unlawful, void or for any reason unenforceable, then that provision shall be deemed severable from these Terms and shall not affect the validity and enforceability of any remaining provisions.',
        },
      ],
    },
  ],
};

export default terms;
