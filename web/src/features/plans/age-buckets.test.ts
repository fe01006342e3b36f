import { describe, expect, it } from 'vitest'
import { bucketsOf } from './age-buckets.ts'

describe('not-booked value by age', () => {
  it('puts each plan in one bucket by whole days, edges included', () => {
    const buckets = bucketsOf([
      { ageDays: 0, valuePaise: 100 },
      { ageDays: 30, valuePaise: 200 },
      { ageDays: 31, valuePaise: 400 },
      { ageDays: 90, valuePaise: 800 },
      { ageDays: 91, valuePaise: 1600 },
      { ageDays: 400, valuePaise: 3200 },
    ])
    expect(buckets.map((bucket) => [bucket.key, bucket.plans, bucket.valuePaise])).toEqual([
      ['recent', 2, 300],
      ['middle', 2, 1200],
      ['old', 2, 4800],
    ])
  })

  it('has every bucket, empty ones at zero', () => {
    expect(bucketsOf([]).map((bucket) => bucket.valuePaise)).toEqual([0, 0, 0])
  })
})
