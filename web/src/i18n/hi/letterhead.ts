import type { enLetterhead } from '../en/letterhead.ts'

// क्लिनिक सेटिंग्स: क्लिनिक के दस्तावेज़ों पर छपने वाला लेटरहेड, और उसका लोगो।
export const hiLetterhead: Record<keyof typeof enLetterhead, string> = {
  'letterhead.heading': 'लेटरहेड',
  'letterhead.intro':
    'क्लिनिक के हर दस्तावेज़ (जैसे उपचार अनुमान) के ऊपर छपता है। जो फ़ील्ड नहीं छापना है, उसे ख़ाली छोड़ दें।',
  'letterhead.addressLine1': 'पता पंक्ति 1',
  'letterhead.addressLine2': 'पता पंक्ति 2',
  'letterhead.city': 'शहर',
  'letterhead.state': 'राज्य',
  'letterhead.noState': 'तय नहीं',
  'letterhead.pinCode': 'पिन कोड',
  'letterhead.phone': 'फ़ोन',
  'letterhead.phoneHint': 'जैसे मरीज़ डायल करें, उदाहरण: +91 20 2612 3456',
  'letterhead.email': 'ईमेल',
  'letterhead.taxRegistered': 'जीएसटीआईएन {gstin} बिलों पर छपता है।',
  'letterhead.taxNotRegistered': 'जीएसटीआईएन नहीं: क्लिनिक बिल ऑफ़ सप्लाई जारी करता है।',
  'letterhead.taxLink': 'जीएसटीआईएन और क़ानूनी नाम "कर और क्रमांकन" में बदलें',
  'letterhead.save': 'लेटरहेड सहेजें',
  'letterhead.saved': 'लेटरहेड सहेज लिया गया।',
  'letterhead.logoHeading': 'लोगो',
  'letterhead.logoHint': 'PNG या JPEG चित्र, अधिकतम 512 KB।',
  'letterhead.logoAlt': 'क्लिनिक का लोगो',
  'letterhead.noLogo': 'अभी कोई लोगो नहीं है।',
  'letterhead.logoFile': 'लोगो फ़ाइल',
  'letterhead.uploadLogo': 'लोगो अपलोड करें',
  'letterhead.removeLogo': 'लोगो हटाएँ',
  'letterhead.logoSaved': 'लोगो सहेज लिया गया।',
  'letterhead.logoRemoved': 'लोगो हटा दिया गया।',
  'letterhead.chooseFile': 'पहले एक फ़ाइल चुनें।',
  'letterhead.loading': 'लेटरहेड लोड हो रहा है…',
}
