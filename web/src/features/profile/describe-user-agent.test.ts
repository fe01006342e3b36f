import { describe, expect, it } from 'vitest'
import { describeUserAgent } from './describe-user-agent.ts'

describe('describeUserAgent', () => {
  it('names the browser and the system', () => {
    const chromeOnWindows =
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36'
    expect(describeUserAgent(chromeOnWindows)).toBe('Chrome · Windows')
    const safariOnIpad =
      'Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1'
    expect(describeUserAgent(safariOnIpad)).toBe('Safari · iOS')
  })

  it('tells Edge from the Chrome it is built on', () => {
    const edge =
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36 Edg/126.0'
    expect(describeUserAgent(edge)).toBe('Edge · Windows')
  })

  it('gives up on what it does not recognise', () => {
    expect(describeUserAgent(null)).toBeNull()
    expect(describeUserAgent('curl/8.0')).toBeNull()
  })
})
