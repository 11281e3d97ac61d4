import { navigate, useLocation } from '../router/navigation';

/** Addresses of other conversations that keep the current view (`?view=…`), and a way to go there. */
export function useOpenConversation() {
  const { search } = useLocation();
  const hrefOf = (id: string) => `/inbox/${encodeURIComponent(id)}${search}`;
  return { hrefOf, open: (id: string) => navigate(hrefOf(id)) };
}
