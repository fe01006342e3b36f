import { describe, expect, it } from 'vitest'
import type { Translate } from '../../i18n/language-provider.tsx'
import { catalogues } from '../../i18n/messages.ts'
import { alertText } from './alert-text.ts'

const t: Translate = (key, values = {}) =>
  catalogues.en[key].replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '')

describe('alertText', () => {
  it('names the allergy with its severity in words', () => {
    expect(
      alertText(
        { kind: 'allergy', severity: 'critical', code: 'life_threatening', text: 'Penicillin' },
        t,
      ),
    ).toBe('Allergy: Penicillin (life-threatening)')
  })

  it('translates condition codes and names blood thinners', () => {
    expect(
      alertText(
        { kind: 'condition', severity: 'critical', code: 'bleeding_disorder', text: null },
        t,
      ),
    ).toBe('Bleeding disorder')
    expect(
      alertText(
        { kind: 'blood_thinner', severity: 'critical', code: 'medication', text: 'Warfarin' },
        t,
      ),
    ).toBe('Blood thinner: Warfarin')
  })

  it('shows an unknown code rather than nothing', () => {
    expect(alertText({ kind: 'condition', severity: 'warning', code: 'gout', text: null }, t)).toBe(
      'gout',
    )
  })
})
