import { describe, expect, it } from 'vitest'
import { completedOn, newDraftState, type PlanItemChoice } from './invoice-draft.ts'

const item = (id: string, completedAt: string | null): PlanItemChoice => ({
  id,
  description: `Item ${id}`,
  quantity: 1,
  unitPricePaise: 100_00,
  discountPaise: 0,
  taxable: false,
  gstRateBp: 0,
  sacCode: '999312',
  completedAt,
  doctorName: completedAt ? 'Dr Anjali Rao' : null,
})

// 5 Dec 2026, 23:30 in Kolkata is 18:00 UTC: the clinic's day, not UTC's, decides the visit.
const lateOnFifth = item('a', '2026-12-05T18:00:00.000Z')
const earlyOnSixth = item('b', '2026-12-05T18:30:00.000Z')
const onDraft = item('c', null)

describe('a bill for one visit (?bill= from today’s list)', () => {
  it('ticks the items completed on the visit’s day in the clinic’s time zone, and only them', () => {
    const choices = [lateOnFifth, earlyOnSixth, onDraft]
    const state = newDraftState(choices, (choice) =>
      completedOn(choice, '2026-12-06', 'Asia/Kolkata'),
    )
    expect(state.planItemIds).toEqual(['b'])
    expect(
      newDraftState(choices, (choice) => completedOn(choice, '2026-12-05', 'Asia/Kolkata'))
        .planItemIds,
    ).toEqual(['a'])
  })

  it('without a visit, ticks every billable item as before', () => {
    expect(newDraftState([lateOnFifth, earlyOnSixth]).planItemIds).toEqual(['a', 'b'])
  })
})
