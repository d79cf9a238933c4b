import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router-dom';
import { useDataParam, useLocalParam } from '../data/bundle-query';

/**
 * Adds the `?data=` (another bundle's URL) or `?local=` (a bundle kept on this
 * device) of the current view to a path, so that bundle stays loaded across views.
 */
export function withDataParam(to: string, data: string | null, local: string | null = null): string {
  if (data === null && local === null) return to;
  const hashAt = to.indexOf('#');
  const hash = hashAt === -1 ? '' : to.slice(hashAt);
  const beforeHash = hashAt === -1 ? to : to.slice(0, hashAt);
  const [path, query = ''] = beforeHash.split('?', 2);
  const params = new URLSearchParams(query);
  if (local !== null) params.set('local', local);
  else if (data !== null) params.set('data', data);
  return `${path ?? ''}?${params.toString()}${hash}`;
}

interface Props {
  to: string;
  children: ReactNode;
  className?: string;
}

export function DataLink({ to, children, className }: Props) {
  const data = useDataParam();
  const local = useLocalParam();
  return (
    <Link to={withDataParam(to, data, local)} className={className}>
      {children}
    </Link>
  );
}

export function DataNavLink({ to, children, end }: Props & { end?: boolean }) {
  const data = useDataParam();
  const local = useLocalParam();
  return (
    <NavLink to={withDataParam(to, data, local)} end={end}>
      {children}
    </NavLink>
  );
}
