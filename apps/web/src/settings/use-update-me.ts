import { API, User, type UpdateMeRequest } from '@sincere/contracts';
import { apiSend } from '../api/client';
import { useSignedIn } from '../session/session-context';

/** Saves the signed-in user's own name or language and updates the session with the result. */
export function useUpdateMe(): (change: UpdateMeRequest) => Promise<User> {
  const { updateUser } = useSignedIn();
  return async (change) => {
    const user = await apiSend('PATCH', API.me, change, User);
    updateUser(user);
    return user;
  };
}
