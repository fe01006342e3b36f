import type { enMessagingSender } from '../en/messaging-sender.ts'

// संदेश सेटिंग्स पर क्लिनिक का WhatsApp भेजने वाला (मालिक और एडमिन): साझा सेवा, या क्लिनिक का
// अपना Meta, Interakt या Wati खाता, जो एक परीक्षण संदेश भेजकर जोड़ा जाता है।
export const hiMessagingSender: Record<keyof typeof enMessagingSender, string> = {
  'sender.heading': 'WhatsApp भेजने वाला',
  'sender.intro':
    'WhatsApp पर अपने-आप भेजे जाने वाले संदेश इसी के ज़रिए जाते हैं। आप क्लिनिक का अपना WhatsApp Business खाता (Meta Cloud API, Interakt या Wati) जोड़ सकते हैं, ताकि मरीज़ों को संदेश क्लिनिक के नंबर से मिलें।',
  'sender.loading': 'WhatsApp भेजने वाले की जानकारी लोड हो रही है…',
  'sender.now': 'अभी कौन भेजता है:',
  'sender.clinic': 'आपका अपना खाता: {label}, परीक्षण {time}',
  'sender.shared': 'Niramaya की साझा सेवा',
  'sender.outbox': 'लोकल आउटबॉक्स (डेवलपमेंट: इस कंप्यूटर से बाहर कुछ नहीं जाता)',
  'sender.webhookUrl': 'वेबहुक पता',
  'sender.verifyToken': 'वेरिफ़ाई टोकन',
  'sender.webhookNote':
    'डिलीवरी के निशान और मरीज़ों के जवाब इसी पते से वापस आते हैं। इसे पासवर्ड की तरह निजी रखें।',
  'sender.instructions.meta':
    'Meta के App Dashboard में WhatsApp → Configuration खोलें और वेबहुक बदलें: यह पता Callback URL में और नीचे दिया वेरिफ़ाई टोकन चिपकाएँ, फिर messages फ़ील्ड को सब्सक्राइब करें।',
  'sender.instructions.interakt':
    'Interakt में Settings → Developer Settings खोलें: यह पता Webhook URL में चिपकाएँ और संदेश की स्थिति तथा आने वाले संदेशों के इवेंट चालू करें।',
  'sender.instructions.wati':
    'Wati में Webhooks पेज खोलें: संदेश की स्थिति और नए आने वाले संदेशों के लिए इस पते वाला वेबहुक जोड़ें।',
  'sender.copy': 'कॉपी करें',
  'sender.copyNamed': 'कॉपी करें: {what}',
  'sender.copied': 'कॉपी हो गया।',
  'sender.copyFailed': 'कॉपी नहीं हो सका: टेक्स्ट चुनकर ख़ुद कॉपी करें।',
  'sender.disconnect': 'डिस्कनेक्ट करें',
  'sender.disconnectTitle': 'क्लिनिक का WhatsApp खाता डिस्कनेक्ट करें?',
  'sender.disconnectBody':
    'इसके बाद WhatsApp संदेश वैसे ही जाएँगे जैसे इसे जोड़ने से पहले जाते थे, और इसकी सहेजी गई कुंजियाँ मिटा दी जाएँगी। इसे फिर जोड़ने के लिए आपको वे प्रदाता से फिर लेनी होंगी।',
  'sender.disconnected': 'डिस्कनेक्ट हो गया। सहेजी गई कुंजियाँ मिटा दी गईं।',
  'sender.replace': 'दूसरा खाता जोड़ें',
  'sender.connectHeading': 'क्लिनिक का अपना खाता जोड़ें',
  'sender.provider': 'प्रदाता',
  'sender.provider.meta': 'Meta Cloud API',
  'sender.provider.interakt': 'Interakt',
  'sender.provider.wati': 'Wati',
  'sender.phoneNumberId': 'फ़ोन नंबर ID',
  'sender.phoneNumberIdHint':
    'Meta का App Dashboard, WhatsApp → API Setup: क्लिनिक के नंबर की ID, नंबर ख़ुद नहीं।',
  'sender.metaAccessToken': 'एक्सेस टोकन',
  'sender.metaAccessTokenHint':
    'किसी सिस्टम यूज़र का स्थायी टोकन (Meta Business Settings); अस्थायी टोकन एक दिन के भीतर काम करना बंद कर देता है।',
  'sender.appSecret': 'ऐप सीक्रेट',
  'sender.appSecretHint': 'App settings → Basic। इससे पता चलता है कि वेबहुक Meta से ही आए हैं।',
  'sender.apiKey': 'API कुंजी',
  'sender.apiKeyHint': 'Interakt: Settings → Developer Settings, सीक्रेट की।',
  'sender.webhookSecret': 'वेबहुक सीक्रेट',
  'sender.webhookSecretHint':
    'केवल तब, जब आपने इसे Interakt की वेबहुक सेटिंग्स में रखा हो: तब उसके वेबहुक पर इसका हस्ताक्षर होना ज़रूरी है।',
  'sender.endpoint': 'API एंडपॉइंट',
  'sender.endpointHint':
    'Wati: API Docs, ठीक वैसा ही जैसा वहाँ दिखता है, जैसे https://live-mt-server.wati.io/123456',
  'sender.watiAccessToken': 'एक्सेस टोकन',
  'sender.watiAccessTokenHint': 'उसी पेज से, Bearer शब्द के साथ या उसके बिना।',
  'sender.testMobile': 'परीक्षण संदेश इस नंबर पर भेजें',
  'sender.testMobileHint':
    'WhatsApp वाला कोई मोबाइल, आम तौर पर आपका: +91 के बाद 10 अंक। प्रदाता यह संदेश स्वीकार न करे तो कुछ भी सहेजा नहीं जाता।',
  'sender.connect': 'जोड़ें और परीक्षण संदेश भेजें',
  'sender.sending': 'परीक्षण संदेश भेजा जा रहा है…',
  'sender.connected':
    'जुड़ गया। {mobile} पर एक परीक्षण संदेश भेजा गया। WhatsApp इसे तभी पहुँचाता है जब उस फ़ोन ने पिछले 24 घंटों में क्लिनिक के WhatsApp नंबर पर संदेश भेजा हो: अगर यह न पहुँचे, तो उस फ़ोन से क्लिनिक के नंबर पर कोई भी संदेश भेजें, फिर परीक्षण के लिए दोबारा जोड़ें।',
}
