import { useState, type FormEvent } from 'react';
import { useErrorText } from '../api/use-error-text';
import { useFormErrors } from './use-form-errors';
import type { FieldProblem, ValidationResult } from './validate';

/**
 * The save cycle every create/edit form repeats: clear old errors, refuse what
 * the contract refuses (by field), send, then either hand the saved object on
 * or show the server's field errors and its message. Destructure `attach` apart,
 * as with useFormErrors, for React's ref lint.
 */
export function useSaveForm() {
  const errorText = useErrorText();
  const { attach, ...form } = useFormErrors();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const save = async <I, T>(
    check: ValidationResult<I>,
    send: (data: I) => Promise<T>,
    onSaved: (saved: T) => void,
    showProblems: (problems: Record<string, FieldProblem>) => void = form.fromProblems,
  ): Promise<void> => {
    form.clear();
    setFailure(null);
    if (!check.ok) return showProblems(check.problems);
    setBusy(true);
    try {
      onSaved(await send(check.data));
    } catch (error) {
      form.fromError(error);
      setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  /** For `<form onSubmit>`: stops the page from reloading and runs `submit`. */
  const onSubmit = (submit: () => Promise<void>) => (event: FormEvent) => {
    event.preventDefault();
    void submit();
  };

  return { attach, form, busy, failure, save, onSubmit };
}
