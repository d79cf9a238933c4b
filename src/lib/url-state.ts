import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router-dom';

/**
 * A view's state as URL search params: `parse` turns params into a complete,
 * valid state (defaults for missing or invalid values), `write` turns a state
 * into the params that differ from the defaults (null or [] removes one).
 * Params the codec does not own (e.g. `data`) are kept.
 */
export interface UrlCodec<S> {
  keys: readonly string[];
  parse: (params: URLSearchParams) => S;
  write: (state: S) => Record<string, string | null>;
}

export function applyState<S>(codec: UrlCodec<S>, params: URLSearchParams, state: S): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of codec.keys) next.delete(key);
  for (const [key, value] of Object.entries(codec.write(state))) {
    if (value !== null && value !== '') next.set(key, value);
  }
  return next;
}

export function useUrlState<S>(codec: UrlCodec<S>): [S, (update: S | ((current: S) => S), options?: { replace?: boolean }) => void] {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => codec.parse(params), [codec, params]);
  // The router hands a functional update the params of the last render, so two
  // updates before the next render (a toggle pressed twice quickly) would both
  // start from the old URL. The latest params we wrote are kept here instead.
  const latest = useRef(params);
  useLayoutEffect(() => {
    latest.current = params;
  }, [params]);
  const setState = useCallback(
    (update: S | ((current: S) => S), options: { replace?: boolean } = {}) => {
      const current = latest.current;
      const nextState = typeof update === 'function' ? (update as (c: S) => S)(codec.parse(current)) : update;
      const next = applyState(codec, current, nextState);
      latest.current = next;
      setParams(next, { replace: options.replace ?? true, preventScrollReset: true });
    },
    [codec, setParams],
  );
  return [state, setState];
}

/** "a,b,c" -> values that are in `allowed`, in order, without duplicates. */
export function parseList<T extends string>(value: string | null, allowed: readonly T[]): T[] {
  if (!value) return [];
  const set = new Set(allowed as readonly string[]);
  return [...new Set(value.split(','))].filter((v): v is T => set.has(v));
}

export function parseEnum<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}
