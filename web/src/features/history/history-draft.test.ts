import { describe, expect, it } from 'vitest'
import type { History } from '../../../../shared/contracts/history.ts'
import {
  bodyFromDraft,
  draftFromHistory,
  newAllergy,
  newMedication,
  validateDraft,
} from './history-draft.ts'

const empty: History = {
  conditions: [],
  allergies: [],
  medications: [],
  habits: {},
  dentalHistory: {},
  chiefComplaint: null,
  version: 0,
  updatedAt: null,
  updatedBy: null,
  alerts: [],
}
const messages = { substance: 'substance', medicine: 'medicine', otherNote: 'other' }

describe('history draft', () => {
  it('sends conditions in the API order, trimmed, without empty optional fields', () => {
    const draft = draftFromHistory(empty)
    draft.conditions = {
      other: { note: ' Gout ', since: '' },
      diabetes: { note: '', since: '2019' },
    }
    draft.allergies = [{ ...newAllergy(), substance: ' Penicillin ', severity: 'life_threatening' }]
    draft.medications = [{ ...newMedication(), name: 'Warfarin', dose: '5 mg' }]
    draft.tobacco = 'current'
    draft.tobaccoForms = ['gutkha']
    draft.chiefComplaint = '  '
    const body = JSON.parse(JSON.stringify(bodyFromDraft(draft, 3)))
    expect(body).toEqual({
      conditions: [
        { code: 'diabetes', since: '2019' },
        { code: 'other', note: 'Gout' },
      ],
      allergies: [{ substance: 'Penicillin', category: 'drug', severity: 'life_threatening' }],
      medications: [{ name: 'Warfarin', dose: '5 mg' }],
      habits: { tobacco: 'current', tobaccoForms: ['gutkha'] },
      dentalHistory: { previousTreatments: [] },
      chiefComplaint: null,
      version: 3,
    })
  })

  it('names failing fields as the API does', () => {
    const draft = draftFromHistory(empty)
    draft.conditions = { diabetes: { note: '', since: '' }, other: { note: ' ', since: '' } }
    draft.allergies = [{ ...newAllergy(), substance: 'Latex' }, newAllergy()]
    draft.medications = [newMedication()]
    expect(validateDraft(draft, messages)).toEqual({
      'conditions.1.note': 'other',
      'allergies.1.substance': 'substance',
      'medications.0.name': 'medicine',
    })
  })

  it('round-trips a saved history', () => {
    const saved: History = {
      ...empty,
      allergies: [{ substance: 'Latex', category: 'latex', severity: 'mild' }],
      dentalHistory: { bleedingGums: true, brushing: 'once_daily' },
      version: 2,
    }
    const body = JSON.parse(JSON.stringify(bodyFromDraft(draftFromHistory(saved), 2)))
    expect(body.allergies).toEqual(saved.allergies)
    expect(body.dentalHistory).toEqual({ ...saved.dentalHistory, previousTreatments: [] })
  })
})
