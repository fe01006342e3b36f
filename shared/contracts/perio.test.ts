import { describe, expect, it } from 'vitest'
import { PerioMeasurementsSchema } from './perio.ts'

const site = {
  tooth: 16,
  site: 'MB',
  ppd: 4,
  recession: 1,
  bleeding: true,
  suppuration: false,
  plaque: false,
}
const tooth = { tooth: 16, missing: false, implant: false, mobility: 1, furcation: 2 }

function issues(body: unknown) {
  const result = PerioMeasurementsSchema.safeParse(body)
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'))
}

describe('perio measurements contract', () => {
  it('takes a valid save', () => {
    expect(
      issues({ sites: [site, { ...site, site: 'B', recession: -2 }], teeth: [tooth] }),
    ).toEqual([])
  })

  it('names the field out of its limits', () => {
    expect(issues({ sites: [{ ...site, ppd: 16 }] })).toEqual(['sites.0.ppd'])
    expect(issues({ sites: [{ ...site, ppd: 3.5 }] })).toEqual(['sites.0.ppd'])
    expect(issues({ sites: [{ ...site, recession: -6 }] })).toEqual(['sites.0.recession'])
    expect(issues({ teeth: [{ ...tooth, mobility: 4 }] })).toEqual(['teeth.0.mobility'])
  })

  it('refuses a furcation on a single-rooted tooth, an unknown tooth or site, a repeated site', () => {
    expect(issues({ teeth: [{ ...tooth, tooth: 11 }] })).toEqual(['teeth.0.furcation'])
    expect(issues({ teeth: [{ ...tooth, tooth: 14 }] })).toEqual([]) // upper first premolar
    expect(issues({ sites: [{ ...site, tooth: 19 }] })).toEqual(['sites.0.tooth'])
    expect(issues({ sites: [{ ...site, site: 'M' }] })).toEqual(['sites.0.site'])
    expect(issues({ sites: [site, site] })).toEqual(['sites.1'])
  })

  it('refuses a tooth both missing and an implant, naming implant', () => {
    const both = { ...tooth, furcation: null, missing: true, implant: true }
    expect(issues({ teeth: [both] })).toEqual(['teeth.0.implant'])
  })
})
