import type { ReactNode } from 'react'
import type { Vitals } from '../../../../shared/contracts/vitals.ts'
import { formatDateTime } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { ScrollRegion } from '../../ui/scroll-region.tsx'
import { useMe } from '../auth/use-session.ts'
import { formatOneDecimal } from './bmi.ts'

/** Every reading, newest first, with the date and time in the clinic's time zone. */
export function VitalsTable({ entries }: { entries: Vitals[] }) {
  const t = useT()
  const zone = useMe().clinic.timeZone
  // A blank cell would be silent to a screen reader; the dash is for the eye, the words for the ear.
  const notMeasured = (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{t('vitals.notMeasured')}</span>
    </>
  )
  const cell = (value: number | null, isDecimal = false): ReactNode =>
    value === null ? notMeasured : isDecimal ? formatOneDecimal(value) : String(value)

  return (
    <ScrollRegion label={t('vitals.readingsCaption')}>
      <table className="data-table vitals-table">
        <caption className="visually-hidden">{t('vitals.readingsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('vitals.column.takenAt')}</th>
            <th scope="col">{t('vitals.column.bloodPressure')}</th>
            <th scope="col">{t('vitals.column.pulse')}</th>
            <th scope="col">{t('vitals.column.temperatureC')}</th>
            <th scope="col">{t('vitals.column.spo2')}</th>
            <th scope="col">{t('vitals.column.weightKg')}</th>
            <th scope="col">{t('vitals.column.heightCm')}</th>
            <th scope="col">{t('vitals.column.bmi')}</th>
            <th scope="col">{t('vitals.column.glucoseMgDl')}</th>
            <th scope="col">{t('vitals.column.recordedBy')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <th scope="row">{formatDateTime(entry.takenAt, zone)}</th>
              <td>
                {entry.systolic === null || entry.diastolic === null
                  ? notMeasured
                  : `${entry.systolic}/${entry.diastolic}`}
              </td>
              <td>{cell(entry.pulse)}</td>
              <td>{cell(entry.temperatureC, true)}</td>
              <td>{cell(entry.spo2)}</td>
              <td>{cell(entry.weightKg, true)}</td>
              <td>{cell(entry.heightCm, true)}</td>
              <td>{cell(entry.bmi, true)}</td>
              <td>
                {entry.glucoseMgDl === null
                  ? notMeasured
                  : `${entry.glucoseMgDl}${
                      entry.glucoseContext
                        ? ` (${t(`vitals.glucoseContext.${entry.glucoseContext}`)})`
                        : ''
                    }`}
              </td>
              <td>{entry.recordedBy ?? t('vitals.formerStaff')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  )
}
