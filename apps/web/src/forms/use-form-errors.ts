import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../api/describe-error';
import type { FieldProblem } from './validate';

/** Field path → message, from the client-side check (translated) or from a 422 (the server's text). */
export function useFormErrors() {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Record<string, string>>({});
  // A callback ref kept in state: the effect below needs the element, not a render-time ref.
  const [formElement, setFormElement] = useState<HTMLFormElement | null>(null);

  // Take keyboard and screen-reader users straight to the first field that needs fixing.
  useEffect(() => {
    if (Object.keys(errors).length > 0) formElement?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors, formElement]);

  const describe = (problem: FieldProblem): string => {
    switch (problem.kind) {
      case 'required':
        return t('validation.required');
      case 'email':
        return t('validation.email');
      case 'tooShort':
        return t('validation.tooShort', { limit: problem.limit });
      case 'tooLong':
        return t('validation.tooLong', { limit: problem.limit });
      case 'invalid':
        return t('validation.invalid');
    }
  };

  return {
    /**
     * Callback ref for the <form>, so focus can move to its first invalid field. Destructure it
     * apart (`const { attach, ...form } = useFormErrors()`): React's lint treats whatever object
     * feeds a ref prop as a ref, and would then flag every read of `form.errors` during render.
     */
    attach: setFormElement,
    errors,
    clear: () => setErrors({}),
    fromProblems: (problems: Record<string, FieldProblem>) =>
      setErrors(Object.fromEntries(Object.entries(problems).map(([path, problem]) => [path, describe(problem)]))),
    fromError: (error: unknown) => setErrors(fieldErrorsOf(error)),
    set: (path: string, message: string) => setErrors((current) => ({ ...current, [path]: message })),
  };
}
