import type { enCommon } from '../en/common.ts'

export const hiCommon: Record<keyof typeof enCommon, string> = {
  'app.loading': 'लोड हो रहा है…',
  'app.retry': 'फिर से कोशिश करें',
  'app.unreachableHeading': 'Niramaya सर्वर से संपर्क नहीं कर पा रहा',
  'header.profile': 'मेरी प्रोफ़ाइल',
  'header.signOut': 'साइन आउट',
  'form.required': 'यह जानकारी ज़रूरी है',
  'form.fixErrors': 'कृपया चिह्नित जानकारी ठीक करें।',
  'form.sending': 'कृपया प्रतीक्षा करें…',
  'form.cancel': 'रद्द करें',
  'form.choose': 'चुनें…',
  'form.optional': 'वैकल्पिक',
  'error.network': 'सर्वर से संपर्क नहीं हो सका। नेटवर्क कनेक्शन जाँचें और फिर से कोशिश करें।',
  'error.server':
    'सर्वर पर कुछ गड़बड़ हो गई। फिर से कोशिश करें; बार-बार ऐसा हो तो अपने Niramaya एडमिनिस्ट्रेटर को बताएँ।',
  'date.placeholder': 'DD/MM/YYYY',
  'date.invalid': 'सही तारीख DD/MM/YYYY के रूप में लिखें',
  'password.hint': 'कम से कम 10 अक्षर। कुछ शब्दों का वाक्यांश याद रखना आसान और अंदाज़ा लगाना कठिन होता है।',
  'password.tooShort': 'कम से कम 10 अक्षर रखें',
  'password.mismatch': 'दोनों पासवर्ड एक जैसे नहीं हैं',
  'notAvailable.body':
    'यह पेज आपकी भूमिका ({role}) के लिए उपलब्ध नहीं है। ज़रूरत हो तो क्लिनिक के मालिक से कहें।',
  'role.owner': 'मालिक',
  'role.admin': 'एडमिनिस्ट्रेटर',
  'role.doctor': 'डॉक्टर',
  'role.assistant': 'सहायक',
  'role.receptionist': 'रिसेप्शनिस्ट',
  'role.accountant': 'अकाउंटेंट',
  'role.unknown': 'स्टाफ़',
}
