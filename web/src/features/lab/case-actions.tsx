import type { LabCase } from '../../../../shared/contracts/lab.ts'
import { useT } from '../../i18n/use-t.ts'

export interface CaseActionsProps {
  row: LabCase
  isBusy: boolean
  onReceive: (row: LabCase) => void
  onFit: (row: LabCase) => void
  onRemake: (row: LabCase) => void
}

/** The next steps a case can take: received once back, fitted once received, or remade. */
export function CaseActions({ row, isBusy, onReceive, onFit, onRemake }: CaseActionsProps) {
  const t = useT()
  const who = `${row.patientName}, ${row.teeth.join(', ')}`
  return (
    <div className="button-row lab-actions">
      {row.status === 'sent' && (
        <button type="button" disabled={isBusy} onClick={() => onReceive(row)}>
          {t('lab.receive')}
          <span className="visually-hidden"> {who}</span>
        </button>
      )}
      {row.status === 'received' && (
        <button type="button" disabled={isBusy} onClick={() => onFit(row)}>
          {t('lab.fit')}
          <span className="visually-hidden"> {who}</span>
        </button>
      )}
      {(row.status === 'sent' || row.status === 'received') && (
        <button
          type="button"
          className="button-secondary"
          disabled={isBusy}
          onClick={() => onRemake(row)}
        >
          {t('lab.remake')}
          <span className="visually-hidden"> {who}</span>
        </button>
      )}
    </div>
  )
}
