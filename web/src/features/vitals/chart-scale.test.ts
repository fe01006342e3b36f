import { describe, expect, it } from 'vitest'
import { type ChartBox, latestOf, layoutTrend, summarise, valueScale } from './chart-scale.ts'

const box: ChartBox = {
  width: 600,
  height: 200,
  left: 40,
  right: 40,
  inset: 10,
  top: 20,
  bottom: 30,
}
const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T04:30:00.000Z`

describe('the trend chart’s value axis', () => {
  it('runs from a round value below the lowest to one above the highest, in 1-2-5 steps', () => {
    expect(valueScale([118, 134])).toEqual({
      lower: 115,
      upper: 135,
      ticks: [115, 120, 125, 130, 135],
    })
    expect(valueScale([72, 96])).toEqual({ lower: 70, upper: 100, ticks: [70, 80, 90, 100] })
    expect(valueScale([36.6, 38.4]).ticks).toEqual([36.5, 37, 37.5, 38, 38.5])
  })

  it('gives a single value room on both sides, so the line is not drawn on an edge', () => {
    const scale = valueScale([98])
    expect(scale.lower).toBeLessThan(98)
    expect(scale.upper).toBeGreaterThan(98)
    expect(scale.ticks[0]).toBe(scale.lower)
    expect(scale.ticks.at(-1)).toBe(scale.upper)
  })

  it('never steps finer than the measure is written, so no two ticks print alike', () => {
    expect(valueScale([37.2, 37.3], 4, 0.1).ticks).toEqual([37.2, 37.3])
    expect(valueScale([80, 81], 4, 1).ticks).toEqual([80, 81])
    // Without the floor the step would be 0.5: a whole-number axis would print 80.5 as "81" too.
    expect(valueScale([80, 81]).ticks).toContain(80.5)
  })

  it('has no float noise in its labels', () => {
    for (const tick of valueScale([0.1, 0.7]).ticks) {
      expect(String(tick).length).toBeLessThanOrEqual(4)
    }
  })
})

describe('placing readings', () => {
  it('spreads readings evenly left to right, oldest first, and puts higher values higher', () => {
    const layout = layoutTrend(
      [
        [
          { at: at(1), value: 120 },
          { at: at(20), value: 140 },
          { at: at(21), value: 130 },
        ],
      ],
      box,
    )
    const [line] = layout.lines
    expect(line?.map((point) => point.x)).toEqual([50, 300, 550])
    const [first, second, third] = line ?? []
    expect(second?.y).toBeLessThan(third?.y ?? 0)
    expect(third?.y).toBeLessThan(first?.y ?? 0)
    // The ticks span the plot: the highest at the top edge, the lowest at the bottom edge.
    expect(layout.ticks[0]?.y).toBe(box.height - box.bottom)
    expect(layout.ticks.at(-1)?.y).toBe(box.top)
  })

  it('puts two values of one reading (systolic over diastolic) on the same x, on one axis', () => {
    const layout = layoutTrend(
      [
        [
          { at: at(1), value: 130 },
          { at: at(5), value: 120 },
        ],
        [
          { at: at(1), value: 85 },
          { at: at(5), value: 80 },
        ],
      ],
      box,
    )
    const [systolic, diastolic] = layout.lines
    expect(systolic?.map((point) => point.x)).toEqual(diastolic?.map((point) => point.x))
    expect(systolic?.[0]?.y).toBeLessThan(diastolic?.[0]?.y ?? 0)
    expect(layout.ticks[0]?.value).toBeLessThanOrEqual(80)
    expect(layout.ticks.at(-1)?.value).toBeGreaterThanOrEqual(130)
  })

  it('centres a single reading', () => {
    const layout = layoutTrend([[{ at: at(3), value: 70 }]], box)
    expect(layout.lines[0]?.[0]?.x).toBe(300)
  })

  it('draws only the latest readings, the same ones in every series', () => {
    const systolic = [1, 2, 3, 4].map((day) => ({ at: at(day), value: 120 + day }))
    const diastolic = [1, 2, 3, 4].map((day) => ({ at: at(day), value: 80 + day }))
    const [latestSystolic, latestDiastolic] = latestOf([systolic, diastolic], 2)
    expect(latestSystolic?.map((point) => point.value)).toEqual([123, 124])
    expect(latestDiastolic?.map((point) => point.value)).toEqual([83, 84])
  })
})

describe('the chart in words', () => {
  it('names the latest, lowest and highest reading with their dates', () => {
    expect(
      summarise([
        { at: at(1), value: 96 },
        { at: at(2), value: 99 },
        { at: at(3), value: 94 },
        { at: at(4), value: 97 },
      ]),
    ).toEqual({
      latest: { at: at(4), value: 97 },
      lowest: { at: at(3), value: 94 },
      highest: { at: at(2), value: 99 },
    })
    expect(summarise([])).toBeNull()
  })
})
