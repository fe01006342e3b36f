import { describe, expect, it } from 'vitest'
import { BRAND_NAMES } from './brand-names.ts'
import { DUPLICATE_CLASSES } from './checks/duplicate-class.ts'
import { DRUG_CLASSES } from './classes.ts'
import { CROSS_REACTIVITY } from './cross-reactivity.ts'
import { findMasterDrug } from './drug-master.ts'
import { INTERACTIONS } from './interactions.ts'
import { SOURCES } from './sources.ts'
import { GENERIC_SYNONYMS } from './synonyms.ts'

const isClass = (key: string) => Object.hasOwn(DRUG_CLASSES, key)

describe('the safety tables resolve', () => {
  it.each(INTERACTIONS.map((rule) => [rule.id, rule] as const))('interaction %s', (_id, rule) => {
    expect(Object.keys(SOURCES)).toContain(rule.source)
    for (const side of [rule.a, rule.b]) {
      expect((side.drugs?.length ?? 0) + (side.classes?.length ?? 0)).toBeGreaterThan(0)
      for (const code of side.drugs ?? []) expect(findMasterDrug(code), code).toBeDefined()
      for (const key of side.classes ?? []) expect(isClass(key), key).toBe(true)
    }
  })

  it('interaction ids are unique and id-safe', () => {
    const ids = INTERACTIONS.map((rule) => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z0-9_]+$/)
  })

  it('cross-reactivity, duplicate classes, synonyms and brand names name real keys', () => {
    for (const rule of CROSS_REACTIVITY) {
      expect(isClass(rule.from) && isClass(rule.to)).toBe(true)
      expect(Object.keys(SOURCES)).toContain(rule.source)
    }
    for (const key of Object.keys(DUPLICATE_CLASSES)) expect(isClass(key), key).toBe(true)
    for (const code of Object.keys(GENERIC_SYNONYMS))
      expect(findMasterDrug(code), code).toBeDefined()
    for (const target of Object.values(BRAND_NAMES)) {
      if (target.startsWith('class:')) expect(isClass(target.slice(6)), target).toBe(true)
      else expect(findMasterDrug(target), target).toBeDefined()
    }
  })

  it('every source has a title and an https address', () => {
    for (const source of Object.values(SOURCES)) {
      expect(source.title.trim()).not.toBe('')
      expect(source.url).toMatch(/^https:\/\/[^\s]+$/)
    }
  })
})
