/**
 * What the user feels, measured the same way for the app and for sigma.js: the longest main-thread task
 * (PerformanceObserver "longtask", ≥ 50 ms) and frames per second during a scripted pan and zoom.
 */

export interface LongTasks {
  /** Longest task since `start`, ms (0 when none reached 50 ms). */
  longest: () => number;
  stop: () => void;
}

export function watchLongTasks(): LongTasks {
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longest = Math.max(longest, e.duration);
  });
  observer.observe({ type: "longtask", buffered: false });
  return {
    longest: () => {
      for (const e of observer.takeRecords()) longest = Math.max(longest, e.duration);
      return longest;
    },
    stop: () => observer.disconnect(),
  };
}

/** Runs `step(t)` (t in 0..1) on every frame for `ms` and returns the frames drawn per second. */
export function scriptedMotion(step: (t: number) => void, ms = 3000): Promise<number> {
  return new Promise((resolve) => {
    const start = performance.now();
    let frames = 0;
    const tick = (now: number) => {
      const t = (now - start) / ms;
      if (t >= 1) {
        resolve((frames * 1000) / (now - start));
        return;
      }
      frames++;
      step(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** Pan in a circle while zooming in and out: the same path for both renderers (factor × start zoom). */
export const motionAt = (t: number) => ({
  dx: Math.cos(2 * Math.PI * t) * 6,
  dy: Math.sin(2 * Math.PI * t) * 6,
  zoom: 1 + 0.6 * Math.sin(2 * Math.PI * t),
});
