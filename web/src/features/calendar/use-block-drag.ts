import { type PointerEvent, useRef, useState } from 'react'
import type { Axis } from './day-layout.ts'
import { type DragMode, dragResult, isDrag } from './drag.ts'

/** Where a block being dragged would land. */
export interface DropTarget {
  appointmentId: string
  columnKey: string
  start: number
  duration: number
}

interface Pressed {
  appointmentId: string
  mode: DragMode
  x: number
  y: number
  start: number
  duration: number
  columnKey: string
  pixelsPerMinute: number
  isDragging: boolean
}

function columnKeyUnder(x: number, y: number): string | undefined {
  for (const element of document.elementsFromPoint(x, y)) {
    if (element instanceof HTMLElement && element.dataset.columnKey)
      return element.dataset.columnKey
  }
  return undefined
}

/**
 * Moving and resizing blocks with the pointer (mouse, pen or touch). The block follows the
 * pointer as a preview; on release `onDrop` gets the snapped result. A press that hardly moves is
 * left to the button's click, which opens the details (and the keyboard way to move).
 */
export function useBlockDrag(axis: Axis, onDrop: (target: DropTarget) => void) {
  const [preview, setPreview] = useState<DropTarget | null>(null)
  // The browser follows a drag's release with a click on the block: that one must not open the
  // details. It is sent in the same turn as the release, so the flag is cleared right after.
  const isDropClick = useRef(false)

  const begin = (
    event: PointerEvent<HTMLElement>,
    mode: DragMode,
    block: { appointmentId: string; start: number; duration: number; columnKey: string },
  ) => {
    if (event.button !== 0) return
    const column = event.currentTarget.closest<HTMLElement>('[data-column-key]')
    if (!column) return
    if (mode === 'resize') event.stopPropagation()
    const drag: Pressed = {
      ...block,
      mode,
      x: event.clientX,
      y: event.clientY,
      pixelsPerMinute: column.getBoundingClientRect().height / (axis.end - axis.start),
      isDragging: false,
    }
    let target: DropTarget | null = null
    // The preview moves the block into another column, which remounts it: the window, not the
    // element, follows the pointer.
    const onMove = (moved: globalThis.PointerEvent) => {
      const deltaX = moved.clientX - drag.x
      const deltaY = moved.clientY - drag.y
      if (!drag.isDragging && !isDrag(deltaX, deltaY)) return
      drag.isDragging = true
      moved.preventDefault()
      const result = dragResult({ ...drag, deltaY, axis })
      const columnKey =
        drag.mode === 'move'
          ? (columnKeyUnder(moved.clientX, moved.clientY) ?? drag.columnKey)
          : drag.columnKey
      target = { appointmentId: drag.appointmentId, columnKey, ...result }
      setPreview(target)
    }
    const stop = (isCancelled: boolean) => {
      window.removeEventListener('pointermove', onMove)
      window.removeEventListener('pointerup', onUp)
      window.removeEventListener('pointercancel', onCancel)
      setPreview(null)
      if (!drag.isDragging || !target) return
      isDropClick.current = true
      setTimeout(() => {
        isDropClick.current = false
      }, 0)
      const isUnchanged =
        target.columnKey === drag.columnKey &&
        target.start === drag.start &&
        target.duration === drag.duration
      if (!isCancelled && !isUnchanged) onDrop(target)
    }
    const onUp = () => stop(false)
    const onCancel = () => stop(true)
    window.addEventListener('pointermove', onMove)
    window.addEventListener('pointerup', onUp)
    window.addEventListener('pointercancel', onCancel)
  }

  /** True for the click that ends a drag. */
  const isDragClick = () => isDropClick.current

  return { preview, begin, isDragClick }
}
