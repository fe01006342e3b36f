import { useEffect, useRef, useState } from 'react'

/**
 * A read view that switches to a form in place. Leaving the form puts the focus
 * back on the button that opened it (WCAG 2.4.3, focus order), and opening or
 * leaving it replaces the status line with `onStatus`.
 */
export function useEditMode(onStatus: (message: string | null) => void) {
  const [isEditing, setEditing] = useState(false)
  const editButtonRef = useRef<HTMLButtonElement>(null)
  const shouldFocusEdit = useRef(false)

  useEffect(() => {
    if (!isEditing && shouldFocusEdit.current) editButtonRef.current?.focus()
  }, [isEditing])

  return {
    isEditing,
    editButtonRef,
    startEditing: () => {
      onStatus(null)
      setEditing(true)
    },
    /** Back to the view, with `message` (or none) in the status line. */
    stopEditing: (message: string | null) => {
      shouldFocusEdit.current = true
      onStatus(message)
      setEditing(false)
    },
    /** Leaves the form without a message or moving the focus (the view is reloading). */
    abandonEditing: () => setEditing(false),
  }
}
