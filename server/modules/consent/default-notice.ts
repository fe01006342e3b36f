import type { NoticeContent } from '../../../shared/contracts/consent.ts'

/**
 * The notice a clinic starts with, in English and Hindi, until its owner
 * publishes its own. Plain language, itemised, standalone (DPDP Rules r.3).
 * See: ../shared/reference/india-domain.md §1.4.
 */
export function defaultNotice(
  clinicName: string,
  contact: string,
): Record<'en' | 'hi', NoticeContent> {
  return {
    en: {
      title: `${clinicName}: how we use your information`,
      introduction: `${clinicName} records your information to treat you and to run your care. Please read each item below and say yes or no to each. Saying no to messages or optional purposes does not affect your treatment.`,
      dataCollected: [
        'Your name, age or date of birth, sex, phone number, email and address',
        'Your ABHA number and the last four digits of your Aadhaar, if you give them',
        'Your medical and dental history, examinations, X-rays, treatment and prescriptions',
        'Bills and payments',
      ],
      items: [
        {
          key: 'personal_data',
          label:
            'I agree that the clinic may record and use my personal details to register me and contact me about my care.',
        },
        {
          key: 'health_data',
          label:
            'I agree that the clinic may record and use my health information to examine and treat me.',
        },
        {
          key: 'channel.whatsapp',
          label: 'Send me appointment reminders and documents on WhatsApp.',
        },
        { key: 'channel.sms', label: 'Send me reminders by SMS.' },
        { key: 'channel.email', label: 'Send me reminders and documents by email.' },
        { key: 'channel.phone', label: 'Call me about my appointments.' },
        {
          key: 'purpose.recall_campaigns',
          label: 'Remind me when a check-up or follow-up is due.',
        },
        {
          key: 'purpose.anonymised_benchmarking',
          label:
            'Include my information, with names and identifiers removed, in anonymous statistics that help clinics improve.',
        },
      ],
      howToWithdraw:
        'You can withdraw any of these at any time, as easily as you gave it: tell the front desk, call the clinic, or reply STOP to a message. Withdrawal stops that use at once; it does not undo what was lawfully done before.',
      yourRights:
        'You may ask for a copy of your information, ask us to correct or complete it, ask us to erase what the law does not require us to keep, and name someone to act for you.',
      complaints:
        'If you are not satisfied with our answer, you may complain to the Data Protection Board of India.',
      contact,
    },
    hi: {
      title: `${clinicName}: हम आपकी जानकारी का उपयोग कैसे करते हैं`,
      introduction: `${clinicName} आपका इलाज करने और आपकी देखभाल के लिए आपकी जानकारी दर्ज करता है। कृपया नीचे हर बात पढ़ें और हर एक के लिए हाँ या ना कहें। संदेशों या वैकल्पिक उद्देश्यों के लिए ना कहने से आपके इलाज पर कोई असर नहीं पड़ता।`,
      dataCollected: [
        'आपका नाम, आयु या जन्म तिथि, लिंग, फ़ोन नंबर, ईमेल और पता',
        'आपका ABHA नंबर और आधार के अंतिम चार अंक, यदि आप दें',
        'आपका चिकित्सा और दंत इतिहास, जाँच, एक्स-रे, इलाज और पर्चे',
        'बिल और भुगतान',
      ],
      items: [
        {
          key: 'personal_data',
          label:
            'मैं सहमत हूँ कि क्लिनिक मेरा पंजीकरण करने और मेरी देखभाल के बारे में संपर्क करने के लिए मेरे व्यक्तिगत विवरण दर्ज और उपयोग कर सकता है।',
        },
        {
          key: 'health_data',
          label:
            'मैं सहमत हूँ कि क्लिनिक मेरी जाँच और इलाज के लिए मेरी स्वास्थ्य जानकारी दर्ज और उपयोग कर सकता है।',
        },
        { key: 'channel.whatsapp', label: 'मुझे अपॉइंटमेंट रिमाइंडर और दस्तावेज़ WhatsApp पर भेजें।' },
        { key: 'channel.sms', label: 'मुझे रिमाइंडर SMS से भेजें।' },
        { key: 'channel.email', label: 'मुझे रिमाइंडर और दस्तावेज़ ईमेल से भेजें।' },
        { key: 'channel.phone', label: 'मेरे अपॉइंटमेंट के बारे में मुझे फ़ोन करें।' },
        { key: 'purpose.recall_campaigns', label: 'जाँच या फ़ॉलो-अप का समय होने पर मुझे याद दिलाएँ।' },
        {
          key: 'purpose.anonymised_benchmarking',
          label:
            'नाम और पहचान हटाकर मेरी जानकारी को ऐसे गुमनाम आँकड़ों में शामिल करें जो क्लिनिकों को बेहतर बनने में मदद करते हैं।',
        },
      ],
      howToWithdraw:
        'आप इनमें से कोई भी सहमति कभी भी उतनी ही आसानी से वापस ले सकते हैं जितनी आसानी से दी थी: रिसेप्शन पर बताएँ, क्लिनिक को फ़ोन करें, या किसी संदेश का जवाब STOP लिखकर दें। वापस लेते ही वह उपयोग तुरंत रुक जाता है; पहले वैध रूप से किया गया काम नहीं बदलता।',
      yourRights:
        'आप अपनी जानकारी की प्रति माँग सकते हैं, उसे सुधारने या पूरा करने को कह सकते हैं, जो कानूनन रखना ज़रूरी नहीं उसे मिटाने को कह सकते हैं, और अपनी ओर से काम करने के लिए किसी को नामित कर सकते हैं।',
      complaints:
        'यदि आप हमारे उत्तर से संतुष्ट नहीं हैं, तो आप भारतीय डेटा संरक्षण बोर्ड (Data Protection Board of India) में शिकायत कर सकते हैं।',
      contact,
    },
  }
}
