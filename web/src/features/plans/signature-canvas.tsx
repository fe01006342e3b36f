import { type RefObject, useEffect, useRef } from 'react'
import SignaturePad from 'signature_pad'

export interface SignatureCanvasProps {
  /** Filled with the pad once drawn, for the screen to read (isEmpty, toDataURL) and clear. */
  padRef: RefObject<SignaturePad | null>
  label: string
  describedBy: string
  onDraw: () => void
}

/** At most this many device pixels per CSS pixel: sharp on a tablet, small enough as a PNG. */
const MAX_RATIO = 2

/**
 * The drawn signature: signature_pad on a canvas as wide as the screen allows, its backing store
 * sized to the device's pixel ratio so strokes are not blurred, and `touch-action: none` (in
 * plans.css) so a finger draws instead of scrolling the page. signature_pad listens to pointer
 * events, so a finger, a stylus and a mouse all work.
 */
export function SignatureCanvas({ padRef, label, describedBy, onDraw }: SignatureCanvasProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null)
  useEffect(() => {
    const canvas = canvasRef.current
    if (!canvas) return
    const pad = new SignaturePad(canvas, {
      backgroundColor: 'rgb(255, 255, 255)',
      penColor: 'rgb(17, 24, 39)',
      minWidth: 1,
      maxWidth: 3,
    })
    padRef.current = pad
    const fitToDevice = () => {
      const ratio = Math.min(Math.max(window.devicePixelRatio || 1, 1), MAX_RATIO)
      const width = Math.round(canvas.offsetWidth * ratio)
      const height = Math.round(canvas.offsetHeight * ratio)
      // Hidden (the dialog not yet open) or unchanged: nothing to fit.
      if (width === 0 || height === 0 || (width === canvas.width && height === canvas.height))
        return
      const data = pad.toData()
      canvas.width = width
      canvas.height = height
      canvas.getContext('2d')?.scale(ratio, ratio)
      // Resizing wipes a canvas: draw what was signed again, at the new size.
      pad.clear()
      if (data.length > 0) pad.fromData(data)
    }
    // Sized when it is first laid out (the dialog opens after this runs) and again when the
    // tablet turns or the window changes.
    const observer = new ResizeObserver(fitToDevice)
    observer.observe(canvas)
    const drawn = () => onDraw()
    pad.addEventListener('endStroke', drawn)
    // The finger's moves are consumed as touch events too, so the browser never reads a
    // signature as a scroll or fling. `touch-action: none` should be enough, but Chromium's
    // gesture layer still started a fling when a finger lifted mid-stroke, and then swallowed
    // the next tap (it only stopped the fling): "Accept and sign" tapped right after signing did
    // nothing (e2e/treatment-plan-flows.e2e.test.ts). signature_pad draws from pointer events,
    // which fire before these, so drawing is unchanged.
    const consume = (event: TouchEvent) => {
      if (event.cancelable) event.preventDefault()
    }
    canvas.addEventListener('touchmove', consume, { passive: false })
    return () => {
      canvas.removeEventListener('touchmove', consume)
      observer.disconnect()
      pad.removeEventListener('endStroke', drawn)
      pad.off()
      padRef.current = null
    }
  }, [padRef, onDraw])
  return (
    <canvas
      ref={canvasRef}
      className="signature-canvas"
      role="img"
      aria-label={label}
      aria-describedby={describedBy}
    />
  )
}
