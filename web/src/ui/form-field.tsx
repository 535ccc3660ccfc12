/**
 * A labelled form control with its hint and its error: the error is announced with the field (aria-describedby)
 * and marks it invalid, so a screen reader user hears what to fix where it is to be fixed.
 */
import { useId, type ReactNode } from 'react'

export interface FieldProps {
  label: string
  error?: string | undefined
  hint?: string | undefined
  /** Renders the control with the ids the label, hint and error need. */
  children: (control: {
    id: string
    'aria-invalid': boolean
    'aria-describedby': string | undefined
  }) => ReactNode
}

export function FormField({ label, error, hint, children }: FieldProps) {
  const id = useId()
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy })}
      {hint && (
        <div id={hintId} className="hint">
          {hint}
        </div>
      )}
      {error && (
        <div id={errorId} className="field-error">
          {error}
        </div>
      )}
    </div>
  )
}
