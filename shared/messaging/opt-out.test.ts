import { describe, expect, it } from 'vitest'
import { isOptOutReply } from './opt-out.ts'

describe('a STOP reply', () => {
  it('is the keyword alone, in any case, spacing or punctuation, in English or Hindi', () => {
    for (const reply of [
      'STOP',
      'stop',
      ' Stop. ',
      'STOP!!',
      'stop 🙏',
      'Unsubscribe',
      'opt-out',
    ]) {
      expect(isOptOutReply(reply), reply).toBe(true)
    }
    for (const reply of ['बंद करो', 'रोकें', 'बंद।', 'मैसेज बंद करें', 'Band karo', 'band']) {
      expect(isOptOutReply(reply), reply).toBe(true)
    }
  })

  it('is not a sentence that contains the word, nor a reply about an appointment', () => {
    for (const reply of [
      "please don't stop my treatment",
      'stop by tomorrow?',
      'Cancel',
      'cancel my appointment',
      'बंद करो मत',
      'ok',
      '',
    ]) {
      expect(isOptOutReply(reply), reply).toBe(false)
    }
  })
})
