import type { EditClinicDrug } from '../../../shared/contracts/formulary.ts'
import { type FieldIssue, issue, validationError } from '../../http/errors.ts'
import { isMasterClass, MASTER_GENERICS } from './master-vocabulary.ts'

/** 400 naming `generic` (a master drug's name) or `classes` (not the master's). */
export function checkClinicDrug(input: EditClinicDrug): void {
  const issues: FieldIssue[] = []
  if (input.generic !== undefined && MASTER_GENERICS.has(input.generic.toLowerCase())) {
    issues.push(issue('generic', 'formulary.in_master'))
  }
  if (input.classes?.some((code) => !isMasterClass(code))) {
    issues.push(issue('classes', 'formulary.unknown_class'))
  }
  if (issues.length > 0) throw validationError(issues)
}

/** The columns a clinic item's fields are stored in (JSON arrays as text for jsonb). */
export function clinicDrugColumns(input: EditClinicDrug) {
  return {
    ...(input.generic !== undefined ? { generic: input.generic } : {}),
    ...(input.classes !== undefined ? { classes: JSON.stringify(input.classes) } : {}),
    ...(input.category !== undefined ? { category: input.category } : {}),
    ...(input.schedule !== undefined ? { schedule: input.schedule } : {}),
    ...(input.presentations !== undefined
      ? { presentations: JSON.stringify(input.presentations) }
      : {}),
    ...(input.routes !== undefined ? { routes: JSON.stringify([...new Set(input.routes)]) } : {}),
  }
}
