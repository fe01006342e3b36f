import { parseIndianMobile } from '../format/phone.ts'

/**
 * A WhatsApp click-to-chat link (https://wa.me/<number>?text=<text>) for clinics that send from
 * their own WhatsApp: staff open it, WhatsApp shows the drafted text, they press send. The
 * number is written in full international form without "+", zeroes, brackets or dashes, as
 * WhatsApp's click-to-chat help ("How to use click to chat") asks.
 * Only Indian mobiles (+91, ten digits from 6–9) are accepted: a landline has no WhatsApp.
 */
export function clickToChatLink(mobile: string, text: string): string {
  const digits = parseIndianMobile(mobile)
  if (digits === null) throw new RangeError('mobile: must be an Indian mobile number')
  return `https://wa.me/91${digits}?text=${encodeURIComponent(text)}`
}
