/**
 * Whether an inbound WhatsApp reply asks to stop messages. WhatsApp's Business Messaging Policy
 * requires an easy opt-out, and DPDP s.6(4) makes withdrawing consent as easy as giving it: a
 * patient who replies STOP (or its Hindi equivalents) is never messaged on that channel again.
 *
 * Only a reply that is the keyword alone counts (ignoring case, spacing, punctuation and
 * emoji): "stop" or "बंद करो" withdraws, "please don't stop my treatment" does not. "Cancel" is
 * deliberately not a keyword: patients reply it about an appointment, and cancelling their
 * visit is not withdrawing their consent.
 */
const keywords = new Set([
  'stop',
  'stop all',
  'stopall',
  'unsubscribe',
  'opt out',
  'optout',
  // Hindi in Devanagari: "stop", "stop (it)", "close/turn off", "turn off (the messages)".
  'रोकें',
  'रोको',
  'रोक दो',
  'बंद',
  'बंद करें',
  'बंद करो',
  'बंद कर दो',
  'मैसेज बंद करो',
  'मैसेज बंद करें',
  // The same typed in Latin letters, as many patients write Hindi on their phones.
  'band',
  'band karo',
  'band karein',
  'band kar do',
  'message band karo',
  'roko',
])

export function isOptOutReply(text: string): boolean {
  const normalised = text
    .normalize('NFC')
    .toLowerCase()
    // Anything that is not a letter, a combining mark (Devanagari vowel signs) or a digit
    // separates words: punctuation, emoji, the danda (।).
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim()
  return keywords.has(normalised)
}
