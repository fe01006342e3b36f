import type { Lab, LabCase } from '../../../shared/contracts/lab.ts'
import type { LabRow, LoadedLabCase } from './queries.ts'

const iso = (value: Date | string) => new Date(value).toISOString()

export function presentLab(row: LabRow): Lab {
  return {
    id: row.id,
    name: row.name,
    contactPerson: row.contact_person,
    phone: row.phone,
    email: row.email,
    address: row.address,
    notes: row.notes,
    isArchived: row.archived_at !== null,
  }
}

export function presentLabCase(row: LoadedLabCase): LabCase {
  return {
    id: row.id,
    patientId: row.patient_id,
    patientName: row.patient_name,
    labId: row.lab_id,
    labName: row.lab_name,
    workType: row.work_type,
    teeth: row.teeth.map(Number),
    shade: row.shade,
    material: row.material,
    instructions: row.instructions,
    sentOn: row.sent_on,
    dueOn: row.due_on,
    status: row.status,
    receivedOn: row.received_on,
    fittedOn: row.fitted_on,
    remakeReason: row.remake_reason,
    remakeOf: row.remake_of,
    remadeAs: row.remade_as,
    planItemId: row.plan_item_id,
    costPaise: row.cost_paise,
    daysOverdue: row.days_overdue,
    events: row.events.map((event) => ({
      status: event.status,
      occurredOn: event.occurred_on,
      note: event.note,
      recordedAt: iso(event.recorded_at),
    })),
    createdAt: iso(row.created_at),
  }
}
