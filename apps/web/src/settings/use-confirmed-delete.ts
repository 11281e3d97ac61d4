import { useState } from 'react';
import { apiSendEmpty } from '../api/client';
import { useErrorText } from '../api/use-error-text';
import { useConfirm } from '../ui/confirm-dialog';
import { useToast } from '../ui/toast-context';

interface Deletion {
  id: string;
  path: string;
  title: string;
  body: string;
  confirmLabel: string;
  /** Said once it is gone. */
  done: string;
}

/** Asks first, then deletes; `deleting` names the item whose request is running. Resolves true once deleted. */
export function useConfirmedDelete(): { deleting: string | null; remove: (deletion: Deletion) => Promise<boolean> } {
  const confirm = useConfirm();
  const toast = useToast();
  const errorText = useErrorText();
  const [deleting, setDeleting] = useState<string | null>(null);

  const remove = async ({ id, path, title, body, confirmLabel, done }: Deletion) => {
    if (!(await confirm({ title, body, confirmLabel, danger: true }))) return false;
    setDeleting(id);
    try {
      await apiSendEmpty('DELETE', path);
      toast.success(done);
      return true;
    } catch (error) {
      // A 409 says why (a team still has members, a policy is in use): the server's words are the useful ones.
      toast.error(errorText(error));
      return false;
    } finally {
      setDeleting(null);
    }
  };
  return { deleting, remove };
}
