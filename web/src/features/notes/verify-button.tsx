import { useState } from 'react'
import { NoteVerificationSchema } from '../../../../shared/contracts/notes.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { apiErrorMessage } from '../../ui/use-form.ts'

/**
 * Asks the server to recompute the note's SHA-256 (and its addenda's) from what is stored and
 * says whether they still match what was signed (ADR 0016). The answer is announced politely.
 */
export function VerifyButton({ patientId, noteId }: { patientId: string; noteId: string }) {
  const t = useT()
  const [result, setResult] = useState<{ text: string; isGood: boolean } | null>(null)
  const [isChecking, setChecking] = useState(false)

  const verify = async () => {
    setChecking(true)
    try {
      const answer = await api(`/patients/${patientId}/notes/${noteId}/verify`, {
        schema: NoteVerificationSchema,
      })
      const isGood = answer.valid && answer.addenda.every((addendum) => addendum.valid)
      setResult({
        isGood,
        text: !isGood
          ? t('notes.verifyBad')
          : answer.addenda.length === 0
            ? t('notes.verifyGood')
            : t('notes.verifyGoodAddenda', { count: String(answer.addenda.length) }),
      })
    } catch (error) {
      setResult({ isGood: false, text: apiErrorMessage(error, t) })
    } finally {
      setChecking(false)
    }
  }

  return (
    <div className="note-verify">
      <button type="button" className="button-secondary" onClick={verify} disabled={isChecking}>
        {isChecking ? t('notes.verifying') : t('notes.verify')}
      </button>
      <p role="status" className={result ? (result.isGood ? 'verify-good' : 'verify-bad') : ''}>
        {result?.text}
      </p>
    </div>
  )
}
