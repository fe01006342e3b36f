import { type ReactNode, useEffect, useId, useRef } from 'react'

export interface ModalDialogProps {
  isOpen: boolean
  title: string
  onClose: () => void
  children: ReactNode
}

/**
 * A native <dialog> opened with showModal(): the browser traps focus inside, makes the page
 * behind inert, closes it on Escape and returns focus to where it was when it closes.
 */
export function ModalDialog({ isOpen, title, onClose, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (isOpen && !dialog.open) dialog.showModal()
    if (!isOpen && dialog.open) dialog.close()
  }, [isOpen])

  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onClose={onClose}>
      {isOpen && (
        <>
          <h2 id={titleId}>{title}</h2>
          {children}
        </>
      )}
    </dialog>
  )
}
