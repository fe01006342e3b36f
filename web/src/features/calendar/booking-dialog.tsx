import type { Appointment } from '../../../../shared/contracts/appointments.ts'
import { useT } from '../../i18n/use-t.ts'
import { ModalDialog } from '../../ui/modal-dialog.tsx'
import { BookingForm } from './booking-form.tsx'
import type { ChosenPatient } from './patient-picker.tsx'
import type { ScheduleReferences } from './use-schedule-references.ts'

/** What the booking starts from: an empty slot, a recall's patient, or nothing but a day. */
export interface BookingStart {
  date: string
  start?: number
  patient?: ChosenPatient
  doctorUserId?: string
  chairId?: string | null
}

/** Quick booking in a dialog, opened from an empty slot, the Book button or a recall. */
export function BookingDialog({
  start,
  references,
  zone,
  onBooked,
  onClose,
}: {
  start: BookingStart | null
  references: ScheduleReferences
  zone: string
  onBooked: (appointment: Appointment) => void
  onClose: () => void
}) {
  const t = useT()
  return (
    <ModalDialog isOpen={start !== null} title={t('calendar.bookHeading')} onClose={onClose}>
      {start && (
        <BookingForm
          start={start}
          references={references}
          zone={zone}
          onBooked={onBooked}
          onCancel={onClose}
        />
      )}
    </ModalDialog>
  )
}
