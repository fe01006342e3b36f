import { describe, expect, it } from 'vitest'
import { DRUG_CLASSES } from './classes.ts'
import { DRUGS, findMasterDrug, searchMasterDrugs } from './drug-master.ts'
import { SOURCES } from './sources.ts'
import { DOSAGE_FORMS, DRUG_SCHEDULES, ROUTES } from './types.ts'

describe('the drug master', () => {
  it('holds at least 150 generics with unique codes', () => {
    const codes = DRUGS.map((drug) => drug.code)
    expect(new Set(codes).size).toBe(codes.length)
    expect(codes.length).toBeGreaterThanOrEqual(150)
  })

  it.each(DRUGS.map((drug) => [drug.code, drug] as const))('%s is well-formed', (code, drug) => {
    expect(code).toMatch(/^[a-z0-9_]+$/)
    expect(drug.generic.trim()).not.toBe('')
    expect(drug.classes.length).toBeGreaterThan(0)
    for (const key of drug.classes) expect(Object.keys(DRUG_CLASSES)).toContain(key)
    expect(Object.keys(SOURCES)).toContain(drug.source)
    expect(DRUG_SCHEDULES).toContain(drug.schedule)
    expect(drug.routes.length).toBeGreaterThan(0)
    for (const route of drug.routes) expect(ROUTES).toContain(route)
    for (const component of drug.components ?? []) expect(findMasterDrug(component)).toBeDefined()
    for (const presentation of drug.presentations) {
      expect(DOSAGE_FORMS).toContain(presentation.form)
      expect(presentation.strengths.length).toBeGreaterThan(0)
      for (const strength of presentation.strengths) {
        expect(strength.label.trim()).not.toBe('')
        if (strength.mg !== undefined) expect(strength.mg).toBeGreaterThan(0)
        if (strength.perMl !== undefined) {
          expect(strength.perMl).toBeGreaterThan(0)
          expect(strength.mg).toBeDefined()
        }
        expect(Number.isFinite(strength.mg ?? 1) && Number.isFinite(strength.perMl ?? 1)).toBe(true)
      }
    }
    const limit = drug.doseLimit
    if (limit !== undefined) {
      expect(limit.maxSingleMg).toBeGreaterThan(0)
      expect(limit.maxDailyMg).toBeGreaterThanOrEqual(limit.maxSingleMg ?? 0)
      expect(limit.hardMaxSingleMg).toBeGreaterThan(limit.maxSingleMg ?? 0)
      expect(limit.hardMaxDailyMg).toBeGreaterThan(limit.maxDailyMg ?? 0)
    }
    const minAge = drug.paediatric?.minAgeYears
    if (minAge !== undefined) expect(minAge).toBeGreaterThan(0)
  })

  it('has dose limits for the commonest thirty drugs', () => {
    expect(DRUGS.filter((drug) => drug.doseLimit !== undefined).length).toBeGreaterThanOrEqual(30)
  })

  it('files the schedules india-domain §5.2 names', () => {
    expect(findMasterDrug('cefixime')?.schedule).toBe('H1')
    expect(findMasterDrug('tramadol')?.schedule).toBe('H1')
    expect(findMasterDrug('codeine')?.schedule).toBe('NDPS')
    expect(findMasterDrug('methylphenidate')?.schedule).toBe('X')
    expect(findMasterDrug('paracetamol')?.schedule).toBe('otc')
  })
})

describe('searchMasterDrugs', () => {
  const codes = (query: string, limit = 10) =>
    searchMasterDrugs(query, limit).map((drug) => drug.code)

  it.each([
    ['para', 'paracetamol'],
    ['PARACETAMOL', 'paracetamol'],
    ['acetaminophen', 'paracetamol'],
    ['lidocaine', 'lignocaine'],
    ['lignocaine', 'lignocaine'],
    ['amoxycillin', 'amoxicillin'],
    ['cefalexin', 'cephalexin'],
    ['aciclovir', 'acyclovir'],
    ['co-trimox', 'co_trimoxazole'],
    ['frusemide', 'furosemide'],
    ['epinephrine', 'adrenaline'],
  ])('%j finds %s first', (query, code) => {
    expect(codes(query)[0]).toBe(code)
  })

  it('matches a later word of the name', () => {
    expect(codes('clavulanic')).toContain('amoxicillin_clavulanate')
    expect(codes('lignocaine adrenaline')).toContain('lignocaine_adrenaline')
  })

  it('ranks generic prefixes before word matches and respects the limit', () => {
    expect(codes('paracetamol', 50)[0]).toBe('paracetamol')
    expect(codes('paracetamol', 50)).toContain('ibuprofen_paracetamol')
    expect(codes('a', 3)).toHaveLength(3)
  })

  it('offers no component-only entries and nothing for an empty query', () => {
    expect(codes('clavulanic acid')).not.toContain('clavulanic_acid')
    expect(codes('   ')).toEqual([])
    expect(codes('zzzz')).toEqual([])
  })
})
