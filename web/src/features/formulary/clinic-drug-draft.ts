import type { FormularyDrug, NewClinicDrug } from '../../../../shared/contracts/formulary.ts'
import type { DosageForm, DrugSchedule, Route } from '../../../../shared/prescriptions/types.ts'

/** The master's categories (shared/prescriptions/drugs), offered for a clinic's own item. */
export const DRUG_CATEGORIES = [
  'analgesic',
  'antibacterial',
  'antifungal',
  'antiviral',
  'antiparasitic',
  'local_anaesthetic',
  'oral_care',
  'gastrointestinal',
  'antihistamine',
  'respiratory',
  'corticosteroid',
  'vitamin_mineral',
  'cardiovascular',
  'blood',
  'endocrine',
  'immunomodulator',
  'nervous_system',
  'other',
] as const
export type DrugCategory = (typeof DRUG_CATEGORIES)[number]

export const isDrugCategory = (value: string): value is DrugCategory =>
  (DRUG_CATEGORIES as readonly string[]).includes(value)

/** A strength as typed; mg and perMl stay text until sent. */
export interface StrengthDraft {
  key: string
  label: string
  mg: string
  perMl: string
}

export interface PresentationDraft {
  key: string
  form: DosageForm
  strengths: StrengthDraft[]
}

export interface ClinicDrugDraft {
  generic: string
  classes: string[]
  category: string
  schedule: DrugSchedule
  presentations: PresentationDraft[]
  routes: Route[]
}

let counter = 0
const nextKey = () => `clinic-drug-${++counter}`

export const emptyStrength = (): StrengthDraft => ({ key: nextKey(), label: '', mg: '', perMl: '' })
export const emptyPresentation = (): PresentationDraft => ({
  key: nextKey(),
  form: 'tablet',
  strengths: [emptyStrength()],
})

/** The item's fields to edit, or a new item's (a tablet taken by mouth, schedule H). */
export function clinicDrugDraft(drug?: FormularyDrug): ClinicDrugDraft {
  if (!drug) {
    return {
      generic: '',
      classes: [],
      category: 'other',
      schedule: 'H',
      presentations: [emptyPresentation()],
      routes: ['oral'],
    }
  }
  return {
    generic: drug.generic,
    classes: [...drug.classes],
    category: drug.category,
    schedule: drug.schedule,
    presentations: drug.presentations.map((presentation) => ({
      key: nextKey(),
      form: presentation.form,
      strengths: presentation.strengths.map((strength) => ({
        key: nextKey(),
        label: strength.label,
        mg: strength.mg === undefined ? '' : String(strength.mg),
        perMl: strength.perMl === undefined ? '' : String(strength.perMl),
      })),
    })),
    routes: [...drug.routes],
  }
}

const AMOUNT = /^\d+(\.\d{1,3})?$/

/** Field names (as the API names them) the server would refuse, checked before sending. */
export function clinicDrugProblems(draft: ClinicDrugDraft): string[] {
  const problems: string[] = []
  if (draft.generic.trim() === '') problems.push('generic')
  if (draft.category.trim() === '') problems.push('category')
  if (draft.routes.length === 0) problems.push('routes')
  draft.presentations.forEach((presentation, index) => {
    presentation.strengths.forEach((strength, position) => {
      const field = `presentations.${index}.strengths.${position}`
      if (strength.label.trim() === '') problems.push(`${field}.label`)
      for (const amount of ['mg', 'perMl'] as const) {
        const typed = strength[amount].trim()
        if (typed !== '' && (!AMOUNT.test(typed) || !(Number(typed) > 0))) {
          problems.push(`${field}.${amount}`)
        }
      }
    })
  })
  return problems
}

/** The item as the API takes it (blank mg or perMl left out). */
export function clinicDrugBody(draft: ClinicDrugDraft): NewClinicDrug {
  return {
    generic: draft.generic.trim(),
    classes: draft.classes,
    category: draft.category.trim(),
    schedule: draft.schedule,
    presentations: draft.presentations.map((presentation) => ({
      form: presentation.form,
      strengths: presentation.strengths.map((strength) => ({
        label: strength.label.trim(),
        ...(strength.mg.trim() === '' ? {} : { mg: Number(strength.mg.trim()) }),
        ...(strength.perMl.trim() === '' ? {} : { perMl: Number(strength.perMl.trim()) }),
      })),
    })),
    routes: draft.routes,
  }
}
