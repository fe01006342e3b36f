import type { Drug } from '../../../shared/prescriptions/types.ts'
import { fieldError } from '../../http/errors.ts'

// The unique index prescription_sets_name (case-insensitive) decides a clash.
export const duplicateSetName = () => fieldError('conflict', 'name', 'formulary.set_name_taken')

/** A set's line fields are named by position: lines.2.drugCode. */
export const lineField = (index: number, field: string) => `lines.${index}.${field}`

export const genericNames = (drugs: ReadonlyMap<string, Drug>) =>
  new Map([...drugs].map(([code, drug]) => [code, drug.generic]))
