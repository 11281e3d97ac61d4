import {
  API,
  SessionResponse,
  type AcceptInvitationRequest,
  type Account,
  type SessionResponse as Session,
  type SignInRequest,
  type User,
} from '@sincere/contracts';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { apiGet, apiSend, apiSendEmpty, onUnauthenticated, setCsrfToken } from '../api/client';
import { setUiLocale } from '../i18n/i18n';

export type SessionState =
  | { status: 'loading' }
  /** `expired` is true when a signed-in session ended on its own, so sign-in can say why. */
  | { status: 'anonymous'; expired: boolean }
  | { status: 'signed-in'; session: Session };

interface SessionContextValue {
  state: SessionState;
  signIn: (request: SignInRequest) => Promise<void>;
  acceptInvitation: (request: AcceptInvitationRequest) => Promise<void>;
  signOut: () => Promise<void>;
  updateUser: (user: User) => void;
  updateAccount: (account: Account) => void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const start = useCallback((session: Session) => {
    setCsrfToken(session.csrfToken);
    setState({ status: 'signed-in', session });
  }, []);
  const end = useCallback((expired: boolean) => {
    setCsrfToken(null);
    setState((current) => ({ status: 'anonymous', expired: expired && current.status === 'signed-in' }));
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    apiGet(API.session, SessionResponse, controller.signal).then(start, () => {
      if (!controller.signal.aborted) end(false);
    });
    const stop = onUnauthenticated(() => end(true));
    return () => {
      controller.abort();
      stop();
    };
  }, [start, end]);

  // The signed-in user's saved language wins over the browser's.
  const userLocale = state.status === 'signed-in' ? state.session.user.locale : null;
  useEffect(() => {
    if (userLocale) setUiLocale(userLocale);
  }, [userLocale]);

  const value = useMemo<SessionContextValue>(() => {
    const patch = (change: (session: Session) => Session) =>
      setState((current) =>
        current.status === 'signed-in' ? { ...current, session: change(current.session) } : current,
      );
    return {
      state,
      signIn: async (request) => start(await apiSend('POST', API.signIn, request, SessionResponse)),
      acceptInvitation: async (request) => start(await apiSend('POST', API.acceptInvitation, request, SessionResponse)),
      signOut: async () => {
        // Leave locally even if the server cannot be reached: the user asked to go.
        await apiSendEmpty('POST', API.signOut).catch(() => undefined);
        end(false);
      },
      updateUser: (user) => patch((session) => ({ ...session, user })),
      updateAccount: (account) => patch((session) => ({ ...session, account })),
    };
  }, [state, start, end]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession needs a SessionProvider');
  return value;
}

/** For pages that only render when signed in. */
export function useSignedIn(): SessionContextValue & { session: Session } {
  const value = useSession();
  if (value.state.status !== 'signed-in') throw new Error('useSignedIn used outside a signed-in page');
  return { ...value, session: value.state.session };
}
