// The clinic's WhatsApp sender on the messaging settings (owners and admins): the shared sender,
// or the clinic's own Meta, Interakt or Wati account, connected with a test message.
export const enMessagingSender = {
  'sender.heading': 'WhatsApp sender',
  'sender.intro':
    'Messages sent automatically on WhatsApp go out through this sender. You can connect the clinic’s own WhatsApp Business account (Meta Cloud API, Interakt or Wati), so patients get them from the clinic’s number.',
  'sender.loading': 'Loading the WhatsApp sender…',
  'sender.now': 'Sends now:',
  'sender.clinic': 'Your own account: {label}, tested {time}',
  'sender.shared': 'Niramaya’s shared sender',
  'sender.outbox': 'Local outbox (development: nothing leaves this computer)',
  'sender.webhookUrl': 'Webhook address',
  'sender.verifyToken': 'Verify token',
  'sender.webhookNote':
    'Delivery ticks and patients’ replies come back through this address. Keep it private, like a password.',
  'sender.instructions.meta':
    'In Meta’s App Dashboard, open WhatsApp → Configuration and edit the webhook: paste this address as the Callback URL and the verify token below, then subscribe to the messages field.',
  'sender.instructions.interakt':
    'In Interakt, open Settings → Developer Settings: paste this address as the Webhook URL and turn on the message status and incoming message events.',
  'sender.instructions.wati':
    'In Wati, open the Webhooks page: add a webhook with this address for message status and new incoming messages.',
  'sender.copy': 'Copy',
  'sender.copyNamed': 'Copy: {what}',
  'sender.copied': 'Copied.',
  'sender.copyFailed': 'Could not copy: select the text and copy it yourself.',
  'sender.disconnect': 'Disconnect',
  'sender.disconnectTitle': 'Disconnect the clinic’s WhatsApp account?',
  'sender.disconnectBody':
    'WhatsApp messages then go out as they did before it was connected, and its saved keys are deleted. To connect it again you will need them from the provider.',
  'sender.disconnected': 'Disconnected. The saved keys were deleted.',
  'sender.replace': 'Connect another account',
  'sender.connectHeading': 'Connect the clinic’s own account',
  'sender.provider': 'Provider',
  'sender.provider.meta': 'Meta Cloud API',
  'sender.provider.interakt': 'Interakt',
  'sender.provider.wati': 'Wati',
  'sender.phoneNumberId': 'Phone number ID',
  'sender.phoneNumberIdHint':
    'Meta’s App Dashboard, WhatsApp → API Setup: the ID of the clinic’s number, not the number itself.',
  'sender.metaAccessToken': 'Access token',
  'sender.metaAccessTokenHint':
    'A permanent token of a system user (Meta Business Settings); a temporary one stops working within a day.',
  'sender.appSecret': 'App secret',
  'sender.appSecretHint': 'App settings → Basic. It proves that webhooks come from Meta.',
  'sender.apiKey': 'API key',
  'sender.apiKeyHint': 'Interakt: Settings → Developer Settings, the secret key.',
  'sender.webhookSecret': 'Webhook secret',
  'sender.webhookSecretHint':
    'Only if you set one in Interakt’s webhook settings: its webhooks must then carry its signature.',
  'sender.endpoint': 'API endpoint',
  'sender.endpointHint':
    'Wati: API Docs, exactly as shown there, such as https://live-mt-server.wati.io/123456',
  'sender.watiAccessToken': 'Access token',
  'sender.watiAccessTokenHint': 'From the same page, with or without the word Bearer.',
  'sender.testMobile': 'Send test message to',
  'sender.testMobileHint':
    'A mobile with WhatsApp, usually yours: 10 digits after +91. Nothing is saved unless the provider accepts this message.',
  'sender.connect': 'Connect and send test message',
  'sender.sending': 'Sending a test message…',
  'sender.connected':
    'Connected. A test message was sent to {mobile}. WhatsApp delivers it only if that phone wrote to the clinic’s WhatsApp number in the last 24 hours: if it does not arrive, send any message from that phone to the clinic’s number, then connect again to test.',
}
