import type { NotBookedRow } from '../../../../shared/contracts/plans.ts'

/**
 * The accepted-but-not-booked value by how long ago it was accepted: treatment a patient agreed
 * to a week ago is a phone call; after three months it is usually lost.
 */
export const AGE_BUCKETS = [
  { key: 'recent', from: 0, to: 30 },
  { key: 'middle', from: 31, to: 90 },
  { key: 'old', from: 91, to: null },
] as const
export type AgeBucketKey = (typeof AGE_BUCKETS)[number]['key']

export interface AgeBucket {
  key: AgeBucketKey
  from: number
  to: number | null
  valuePaise: number
  plans: number
}

export function bucketsOf(
  rows: readonly Pick<NotBookedRow, 'ageDays' | 'valuePaise'>[],
): AgeBucket[] {
  return AGE_BUCKETS.map((bucket) => {
    const inside = rows.filter(
      (row) => row.ageDays >= bucket.from && (bucket.to === null || row.ageDays <= bucket.to),
    )
    return {
      ...bucket,
      valuePaise: inside.reduce((sum, row) => sum + row.valuePaise, 0),
      plans: inside.length,
    }
  })
}
