/** A new password typed twice, checked here first (12 characters, both the same) so typos never reach the API. */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FormField } from '../../ui/form-field.tsx'

const MIN_PASSWORD_LENGTH = 12

export function usePasswordCheck() {
  const { t } = useTranslation()
  const [value, setValue] = useState('')
  const [repeated, setRepeated] = useState('')
  const [errors, setErrors] = useState<{ value?: string; repeated?: string }>({})
  return {
    value,
    setValue,
    repeated,
    setRepeated,
    errors,
    /** Shows what is wrong at the fields; true when the password may be sent. */
    check(): boolean {
      const next: { value?: string; repeated?: string } = {}
      if (value.length < MIN_PASSWORD_LENGTH) next.value = t('contribute.account.passwordTooShort')
      else if (value !== repeated) next.repeated = t('contribute.account.passwordsDiffer')
      setErrors(next)
      return Object.keys(next).length === 0
    },
  }
}

export function NewPasswordFields({
  passwords,
  serverError,
}: {
  passwords: ReturnType<typeof usePasswordCheck>
  serverError?: string | undefined
}) {
  const { t } = useTranslation()
  return (
    <>
      <FormField
        label={t('contribute.account.newPassword')}
        hint={t('contribute.account.passwordHint')}
        error={passwords.errors.value ?? serverError}
      >
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete="new-password"
            required
            value={passwords.value}
            onChange={(event) => passwords.setValue(event.target.value)}
          />
        )}
      </FormField>
      <FormField label={t('contribute.account.repeatPassword')} error={passwords.errors.repeated}>
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete="new-password"
            required
            value={passwords.repeated}
            onChange={(event) => passwords.setRepeated(event.target.value)}
          />
        )}
      </FormField>
    </>
  )
}
