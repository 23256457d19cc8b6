import { useEffect, useState } from 'react';

/**
 * The talk's clock: time since the console opened (or was reset) and since the step began,
 * ticking once a second. `stepKey` names the step on screen; a new one restarts the step's time.
 */
export const usePresenterClock = (stepKey: string) => {
  const [now, setNow] = useState(() => Date.now());
  const [started, setStarted] = useState(now);
  const [step, setStep] = useState({ key: stepKey, at: now });
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  // A new step starts from the clock's last tick (at most a second ago): render stays pure.
  if (step.key !== stepKey) setStep({ key: stepKey, at: now });
  const reset = () => {
    const at = Date.now();
    setStarted(at);
    setStep({ key: stepKey, at });
    setNow(at);
  };
  return { elapsed: Math.max(0, now - started), stepElapsed: Math.max(0, now - step.at), reset };
};
