import { useEffect, useRef } from 'react';

const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;
/** How often the idle time is compared; the lock comes at most this late. */
const CHECK_MS = 5_000;

/**
 * Calls `onIdle` once nobody has touched keyboard, mouse or screen for `minutes` (0 = never).
 * Activity only moves a timestamp; a slow interval compares it, so that mouse moves cost nothing.
 */
export function useIdle(minutes: number, paused: boolean, onIdle: () => void): void {
  const last = useRef(Date.now());
  const callback = useRef(onIdle);
  useEffect(() => {
    callback.current = onIdle;
  });

  useEffect(() => {
    if (minutes <= 0 || paused) return undefined;
    last.current = Date.now();
    const touch = () => {
      last.current = Date.now();
    };
    for (const type of ACTIVITY) window.addEventListener(type, touch, { capture: true, passive: true });
    const timer = window.setInterval(() => {
      if (Date.now() - last.current >= minutes * 60_000) callback.current();
    }, CHECK_MS);
    return () => {
      for (const type of ACTIVITY) window.removeEventListener(type, touch, { capture: true });
      window.clearInterval(timer);
    };
  }, [minutes, paused]);
}
