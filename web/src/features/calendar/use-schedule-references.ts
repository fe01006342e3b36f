import { z } from 'zod'
import {
  type AppointmentType,
  AppointmentTypeSchema,
  type BookableDoctor,
  BookableDoctorSchema,
  type Chair,
  ChairSchema,
} from '../../../../shared/contracts/schedule.ts'
import { useApiQuery } from '../../lib/query.ts'

const DoctorListSchema = z.array(BookableDoctorSchema)
const ChairListSchema = z.array(ChairSchema)
const TypeListSchema = z.array(AppointmentTypeSchema)

export interface ScheduleReferences {
  doctors: BookableDoctor[]
  chairs: Chair[]
  types: AppointmentType[]
}

export type ReferencesState =
  | { kind: 'loading' }
  | { kind: 'loaded'; references: ScheduleReferences }
  | { kind: 'failed'; error: unknown }

/** The clinic's bookable doctors, active chairs and active appointment types. */
export function useScheduleReferences(): ReferencesState {
  const doctors = useApiQuery('/schedule/doctors', { schema: DoctorListSchema })
  const chairs = useApiQuery('/schedule/chairs', { schema: ChairListSchema })
  const types = useApiQuery('/schedule/appointment-types', { schema: TypeListSchema })
  const error = doctors.error ?? chairs.error ?? types.error
  if (error !== null) return { kind: 'failed', error }
  if (doctors.data === undefined || chairs.data === undefined || types.data === undefined) {
    return { kind: 'loading' }
  }
  return {
    kind: 'loaded',
    references: {
      doctors: doctors.data,
      chairs: chairs.data.filter((chair) => chair.isActive),
      types: types.data.filter((type) => type.isActive),
    },
  }
}
