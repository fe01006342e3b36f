import { type ReactNode, useEffect, useId, useRef } from 'react'

/**
 * A native modal dialog filling the screen, as the plan's signing screen: the rest of the app is
 * inert behind it and Escape hands the tablet back without signing anything.
 */
export function FullScreenDialog(props: {
  isOpen: boolean
  heading: string
  onClose: () => void
  children: ReactNode
}) {
  const { isOpen, onClose } = props
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (isOpen && !dialog.open) dialog.showModal()
    if (!isOpen && dialog.open) dialog.close()
  }, [isOpen])
  return (
    <dialog ref={ref} className="signing-screen" aria-labelledby={titleId} onClose={onClose}>
      {isOpen && (
        <>
          <h2 id={titleId}>{props.heading}</h2>
          {props.children}
        </>
      )}
    </dialog>
  )
}
