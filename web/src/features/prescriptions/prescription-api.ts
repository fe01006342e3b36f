import {
  FavouriteListSchema,
  PrescriptionSetListSchema,
} from '../../../../shared/contracts/formulary.ts'
import {
  PrescriptionListSchema,
  PrescriptionSchema,
} from '../../../../shared/contracts/prescriptions.ts'
import { useApiQuery } from '../../lib/query.ts'

/**
 * The prescription routes (server/modules/prescriptions) and the formulary's
 * (server/modules/formulary). Lists hang under the patient, so the care-team check and the
 * audit of reads happen on every call.
 */
export const prescriptionsPath = (patientId: string) => `/patients/${patientId}/prescriptions`
export const prescriptionPath = (id: string) => `/prescriptions/${id}`
/** The PDF: the draft's preview, or the issued prescription as stored. Opened in a new tab. */
export const prescriptionPdfUrl = (id: string) => `/api/v1/prescriptions/${id}/pdf`

export function usePrescriptions(patientId: string) {
  return useApiQuery(prescriptionsPath(patientId), {
    schema: PrescriptionListSchema,
    isAuditedRead: true,
  })
}

export function usePrescription(id: string | null) {
  return useApiQuery(id === null ? null : prescriptionPath(id), { schema: PrescriptionSchema })
}

/** The clinic's sets: read once a minute at most, they change rarely. */
export function usePrescriptionSets() {
  return useApiQuery('/formulary/sets', { schema: PrescriptionSetListSchema, staleTime: 60_000 })
}

export function useFavourites() {
  return useApiQuery('/formulary/favourites', { schema: FavouriteListSchema, staleTime: 60_000 })
}
