import { useRef, useState } from 'react'
import { useT } from '../../i18n/use-t.ts'
import { ApiError } from '../../lib/api.ts'
import { apiErrorMessage, type FormController } from '../../ui/use-form.ts'
import { isOutsideHoursConflict } from './booking-request.ts'

export type Conflict = ReturnType<typeof useConflict>

/**
 * A booking or move the server refused with 409 shows its reason in the person's language ("The
 * doctor already has an appointment from 10:00 to 10:30") as the form's error, and says whether the
 * person may do it anyway (outside working hours or during leave, never a double booking).
 */
export function useConflict(form: FormController) {
  const t = useT()
  const [canOverride, setCanOverride] = useState(false)
  const isOverride = useRef(false)
  const guard = async (work: () => Promise<void>) => {
    setCanOverride(false)
    try {
      await work()
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 409) throw error
      setCanOverride(isOutsideHoursConflict(error))
      form.showErrors(apiErrorMessage(error, t))
    }
  }
  /** Submits the form again, this time allowed outside working hours. */
  const submitAnyway = () => {
    isOverride.current = true
    form.ref.current?.requestSubmit()
  }
  /** Whether this submit came from "anyway"; the next one starts plain again. */
  const takeOverride = () => {
    const allowOutsideHours = isOverride.current
    isOverride.current = false
    return allowOutsideHours
  }
  return { canOverride, guard, submitAnyway, takeOverride }
}
