import { describe, expect, it } from 'vitest'
import type { Procedure } from '../../../../shared/contracts/catalogue.ts'
import { basisPointsToPercent, bodyOf, draftOf, percentToBasisPoints } from './procedure-draft.ts'

describe('the catalogue form', () => {
  it('reads a GST rate in per cent as basis points with string maths', () => {
    expect(percentToBasisPoints('5')).toBe(500)
    expect(percentToBasisPoints('18 %')).toBe(1800)
    expect(percentToBasisPoints('2.5')).toBe(250)
    expect(percentToBasisPoints('0.1')).toBe(10)
    expect(percentToBasisPoints('12.75')).toBe(1275)
    expect(percentToBasisPoints('5.123')).toBeNull()
    expect(percentToBasisPoints('-5')).toBeNull()
    expect(percentToBasisPoints('')).toBeNull()
    expect(basisPointsToPercent(500)).toBe('5')
    expect(basisPointsToPercent(250)).toBe('2.5')
    expect(basisPointsToPercent(1275)).toBe('12.75')
    expect(basisPointsToPercent(5)).toBe('0.05')
  })

  it('sends exact paise, and neutral values for the fields a fixed-price, exempt item hides', () => {
    const draft = {
      ...draftOf(),
      code: ' whiten-2 ',
      name: 'Whitening ',
      price: '1,23,456.10',
      pricingModel: 'fixed' as const,
      dentition: 'permanent' as const,
      chartKind: 'crown' as const,
      gstRate: '18',
    }
    expect(bodyOf(draft)).toEqual({
      body: expect.objectContaining({
        code: 'WHITEN-2',
        name: 'Whitening',
        pricePaise: 12_345_610,
        gstRateBp: 0,
        dentition: 'any',
        chartKind: null,
        chartMaterial: null,
      }),
    })
    expect(bodyOf({ ...draft, taxable: true })).toEqual({
      body: expect.objectContaining({ taxable: true, gstRateBp: 1800 }),
    })
  })

  it('names what it cannot read', () => {
    expect(bodyOf({ ...draftOf(), price: '12.345', sittings: 'two' })).toEqual({
      problems: ['pricePaise', 'defaultSittings'],
    })
    expect(bodyOf({ ...draftOf(), price: '100', taxable: true, gstRate: 'five' })).toEqual({
      problems: ['gstRateBp'],
    })
  })

  it('round-trips an item: per surface always requires surfaces', () => {
    const item: Procedure = {
      id: '00000000-0000-4000-8000-000000000001',
      code: 'COMP',
      name: 'Filling, composite',
      category: 'restorative',
      pricingModel: 'per_surface',
      pricePaise: 120_050,
      sacCode: '999312',
      taxable: false,
      gstRateBp: 0,
      dentition: 'permanent',
      region: 'any',
      surfacesRequired: true,
      defaultSittings: 1,
      chartKind: 'restoration',
      chartMaterial: 'composite',
      isArchived: false,
      updatedAt: '2026-12-01T00:00:00.000Z',
    }
    const draft = draftOf(item)
    expect(draft.price).toBe('1200.50')
    const { id: _id, isArchived: _a, updatedAt: _u, ...fields } = item
    expect(bodyOf({ ...draft, surfacesRequired: false })).toEqual({ body: fields })
  })
})
