import { describe, expect, it } from 'vitest'
import { ByteQueue } from './byte-queue.ts'

describe('byte queue', () => {
  it('returns bytes in order across and within the buffers pushed', () => {
    const queue = new ByteQueue()
    queue.push(Buffer.from('abc'))
    queue.push(Buffer.alloc(0))
    queue.push(Buffer.from('defgh'))
    expect(queue.length).toBe(8)
    expect(queue.take(2).toString()).toBe('ab')
    expect(queue.take(4).toString()).toBe('cdef')
    expect(queue.take(0)).toHaveLength(0)
    expect(queue.take(2).toString()).toBe('gh')
    expect(queue.length).toBe(0)
  })

  it('refuses to take more than it holds', () => {
    const queue = new ByteQueue()
    queue.push(Buffer.from('ab'))
    expect(() => queue.take(3)).toThrow(RangeError)
    expect(queue.length).toBe(2)
  })
})
