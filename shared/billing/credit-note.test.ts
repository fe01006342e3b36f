import { describe, expect, it } from 'vitest'
import { halfGstPaise } from '../plans/estimate.ts'
import { creditNoteRoom, type LineCreditBase, splitLineCredit } from './credit-note.ts'

describe('creditNoteRoom', () => {
  it.each([
    [24_350_00, 0, 24_350_00, { ok: true, remainingPaise: 24_350_00, remainingAfterPaise: 0 }],
    [
      24_350_00,
      0,
      5_250_00,
      { ok: true, remainingPaise: 24_350_00, remainingAfterPaise: 19_100_00 },
    ],
    [
      24_350_00,
      20_000_00,
      4_350_00,
      { ok: true, remainingPaise: 4_350_00, remainingAfterPaise: 0 },
    ],
    [
      24_350_00,
      20_000_00,
      4_350_01,
      { ok: false, code: 'exceeds_remaining', remainingPaise: 4_350_00 },
    ],
    [24_350_00, 24_350_00, 1, { ok: false, code: 'exceeds_remaining', remainingPaise: 0 }],
    [24_350_00, 0, 0, { ok: false, code: 'not_positive', remainingPaise: 24_350_00 }],
    [24_350_00, 0, -100, { ok: false, code: 'not_positive', remainingPaise: 24_350_00 }],
    [24_350_00, 0, 10.5, { ok: false, code: 'not_integer', remainingPaise: 24_350_00 }],
  ])('invoice %i, credited %i, asked %d', (total, soFar, requested, expected) => {
    expect(creditNoteRoom(total, soFar, requested)).toEqual(expected)
  })

  it('throws when the stored credits already exceed the invoice', () => {
    expect(() => creditNoteRoom(100_00, 100_01, 1)).toThrow(RangeError)
    expect(() => creditNoteRoom(-1, 0, 1)).toThrow(RangeError)
  })
})

describe('splitLineCredit', () => {
  // Whitening after discount: ₹17,000 at 5 %, ₹425 + ₹425.
  const whitening: LineCreditBase = {
    taxableValuePaise: 17_000_00,
    cgstPaise: 425_00,
    sgstPaise: 425_00,
  }

  it.each<[string, number, LineCreditBase, number, object]>([
    [
      'part of a 5 % line, exact',
      5_250_00,
      whitening,
      500,
      { taxableValuePaise: 5_000_00, cgstPaise: 125_00, sgstPaise: 125_00, totalPaise: 5_250_00 },
    ],
    [
      'the whole line returns its parts exactly',
      17_850_00,
      whitening,
      500,
      { taxableValuePaise: 17_000_00, cgstPaise: 425_00, sgstPaise: 425_00, totalPaise: 17_850_00 },
    ],
    [
      // ₹1,000 inclusive of 18 %: ₹847.46 + ₹76.27 + ₹76.27 = ₹1,000.00 (9 % of 847.46 = 76.27).
      'an 18 % line, back-calculated',
      1_000_00,
      { taxableValuePaise: 10_000_00, cgstPaise: 900_00, sgstPaise: 900_00 },
      1800,
      { taxableValuePaise: 847_46, cgstPaise: 76_27, sgstPaise: 76_27, totalPaise: 1_000_00 },
    ],
    [
      'an exempt line: value only',
      1_234_56,
      { taxableValuePaise: 6_500_00, cgstPaise: 0, sgstPaise: 0 },
      0,
      { taxableValuePaise: 1_234_56, cgstPaise: 0, sgstPaise: 0, totalPaise: 1_234_56 },
    ],
    [
      'one paisa carries no tax',
      1,
      whitening,
      500,
      { taxableValuePaise: 1, cgstPaise: 0, sgstPaise: 0, totalPaise: 1 },
    ],
  ])('%s', (_name, credit, remaining, rate, expected) => {
    expect(splitLineCredit(credit, remaining, rate)).toEqual({ ok: true, ...expected })
  })

  it.each([
    [17_850_01, 'exceeds_line'],
    [0, 'not_positive'],
    [-5, 'not_positive'],
    [1.5, 'not_integer'],
  ])('refuses %d: %s', (credit, code) => {
    expect(splitLineCredit(credit, whitening, 500)).toEqual({
      ok: false,
      code,
      remainingPaise: 17_850_00,
    })
  })

  it('throws on a line whose CGST and SGST differ', () => {
    expect(() =>
      splitLineCredit(1, { taxableValuePaise: 100, cgstPaise: 9, sgstPaise: 8 }, 1800),
    ).toThrow(RangeError)
  })

  it.each([500, 1200, 1800, 2800, 4000])(
    'splits every amount against a small %i bp line exactly, within the line and the rate',
    (rate) => {
      const problems: string[] = []
      for (const taxableValuePaise of [1, 7, 99, 1001, 2_345]) {
        const half = halfGstPaise(taxableValuePaise, rate)
        const line = { taxableValuePaise, cgstPaise: half, sgstPaise: half }
        const total = taxableValuePaise + 2 * half
        for (let credit = 1; credit <= total; credit++) {
          const split = splitLineCredit(credit, line, rate)
          // Checked without expect() per case: a few thousand cases, reported together.
          const wrong = !split.ok
            ? split.code
            : [
                split.totalPaise === credit,
                split.taxableValuePaise + split.cgstPaise + split.sgstPaise === credit,
                split.cgstPaise === split.sgstPaise,
                split.taxableValuePaise >= 0 && split.taxableValuePaise <= taxableValuePaise,
                split.cgstPaise <= half,
                // The tax is what the rate gives on the credited value, give or take a paisa.
                Math.abs(split.cgstPaise - halfGstPaise(split.taxableValuePaise, rate)) <= 1,
              ].indexOf(false)
          if (wrong !== -1) problems.push(`${credit} of ${JSON.stringify(line)}: ${wrong}`)
        }
      }
      expect(problems).toEqual([])
    },
  )

  it('lets successive partial credits reverse a line to the paisa', () => {
    // A deterministic sequence of uneven credits (linear congruential generator).
    let seed = 12_345
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
      return seed
    }
    for (const rate of [500, 1800, 4000]) {
      for (let run = 0; run < 20; run++) {
        const taxableValuePaise = 1 + (next() % 5_000_00)
        const half = halfGstPaise(taxableValuePaise, rate)
        let remaining = { taxableValuePaise, cgstPaise: half, sgstPaise: half }
        const credited = { taxableValuePaise: 0, cgstPaise: 0 }
        for (let step = 0; step < 6; step++) {
          const left = remaining.taxableValuePaise + 2 * remaining.cgstPaise
          if (left === 0) break
          const credit = step === 5 ? left : 1 + (next() % left)
          const split = splitLineCredit(credit, remaining, rate)
          if (!split.ok) throw new Error(`${credit} of ${JSON.stringify(remaining)}: ${split.code}`)
          credited.taxableValuePaise += split.taxableValuePaise
          credited.cgstPaise += split.cgstPaise
          remaining = {
            taxableValuePaise: remaining.taxableValuePaise - split.taxableValuePaise,
            cgstPaise: remaining.cgstPaise - split.cgstPaise,
            sgstPaise: remaining.sgstPaise - split.sgstPaise,
          }
          expect(remaining.taxableValuePaise).toBeGreaterThanOrEqual(0)
          expect(remaining.cgstPaise).toBeGreaterThanOrEqual(0)
        }
        expect(credited).toEqual({ taxableValuePaise, cgstPaise: half })
      }
    }
  })

  it('refuses an odd amount when only tax is left to credit', () => {
    // After a hundred one-paisa credits (each all value, no tax) only ₹0.18 of tax is left.
    const taxOnly = { taxableValuePaise: 0, cgstPaise: 9, sgstPaise: 9 }
    expect(splitLineCredit(1, taxOnly, 1800)).toEqual({
      ok: false,
      code: 'indivisible',
      remainingPaise: 18,
    })
    expect(splitLineCredit(4, taxOnly, 1800)).toEqual({
      ok: true,
      taxableValuePaise: 0,
      cgstPaise: 2,
      sgstPaise: 2,
      totalPaise: 4,
    })
    expect(splitLineCredit(18, taxOnly, 1800)).toMatchObject({ ok: true, cgstPaise: 9 })
  })
})
