/** Whether the sign-in form is open: the header's button opens it, and so does a write refused with 401. */
import { create } from "zustand";

interface SignInDialogState {
  open: boolean;
  show: () => void;
  hide: () => void;
}

export const useSignInDialog = create<SignInDialogState>((set) => ({
  open: false,
  show: () => set({ open: true }),
  hide: () => set({ open: false }),
}));
