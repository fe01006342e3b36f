import { describe, expect, it } from 'vitest'
import { clickToChatLink } from './click-to-chat.ts'

describe('click-to-chat links', () => {
  it('write the number in full international form and encode the text, Hindi included', () => {
    const link = clickToChatLink('+91 98765 43210', 'नमस्ते Asha, कल 5:30 PM & शुभकामनाएँ')
    expect(link.startsWith('https://wa.me/919876543210?text=')).toBe(true)
    const url = new URL(link)
    expect(url.searchParams.get('text')).toBe('नमस्ते Asha, कल 5:30 PM & शुभकामनाएँ')
    expect(clickToChatLink('098765 43210', 'x')).toBe('https://wa.me/919876543210?text=x')
  })

  it('refuse a number that is not an Indian mobile, naming the field', () => {
    expect(() => clickToChatLink('022 2345 6789', 'x')).toThrow(/^mobile: /)
    expect(() => clickToChatLink('+44 7700 900123', 'x')).toThrow(/^mobile: /)
  })
})
