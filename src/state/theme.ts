import { create } from 'zustand';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
const STORAGE_KEY = 'shardscope-theme';

function storedTheme(): Theme {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return THEMES.find((theme) => theme === value) ?? 'system';
  } catch {
    return 'system';
  }
}

export const useThemeStore = create<{ theme: Theme }>()(() => ({ theme: storedTheme() }));

const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');

function applyTheme(theme: Theme): void {
  const dark = theme === 'dark' || (theme === 'system' && darkQuery().matches);
  document.documentElement.classList.toggle('dark', dark);
  document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
}

export function setTheme(theme: Theme): void {
  useThemeStore.setState({ theme });
  try {
    window.localStorage.setItem(STORAGE_KEY, theme);
  } catch {
    // Private browsing may refuse storage; the choice still holds for this visit.
  }
}

/** Keeps the `dark` class on <html> in step with the choice and, for "system", the OS. */
export function startThemeSync(): void {
  applyTheme(useThemeStore.getState().theme);
  useThemeStore.subscribe((state) => {
    applyTheme(state.theme);
  });
  darkQuery().addEventListener('change', () => {
    applyTheme(useThemeStore.getState().theme);
  });
}
