import type { LabCase } from '../../../../shared/contracts/lab.ts'
import { isTooth } from '../../../../shared/dental/fdi.ts'
import type { MessageKey } from '../../i18n/messages.ts'

/** API paths of the lab module (server/modules/lab). */
export const LABS_PATH = '/labs'
export const BOARD_PATH = '/lab-cases'
export const patientCasesPath = (patientId: string) => `/patients/${patientId}/lab-cases`
export const casePath = (caseId: string) => `/lab-cases/${caseId}`

export const statusKey = (status: LabCase['status']) => `lab.status.${status}` as MessageKey
export const workTypeKey = (workType: LabCase['workType']) =>
  `lab.workType.${workType}` as MessageKey
export const materialKey = (material: NonNullable<LabCase['material']>) =>
  `lab.material.${material}` as MessageKey

/**
 * Teeth typed as "35, 36 37": FDI numbers separated by commas or spaces. Null when any is not
 * an FDI tooth, so the form can say so before sending (the server checks the same).
 */
export function parseTeeth(typed: string): number[] | null {
  const parts = typed.split(/[\s,]+/).filter((part) => part !== '')
  if (parts.length === 0) return null
  const teeth = parts.map((part) => (/^\d{2}$/.test(part) ? Number(part) : Number.NaN))
  return teeth.every(isTooth) ? teeth : null
}
