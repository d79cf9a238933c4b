import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router-dom';
import { useDataParam } from '../data/bundle-query';

/** Adds the `?data=` of the current view to a path, so another bundle stays loaded across views. */
export function withDataParam(to: string, data: string | null): string {
  if (data === null) return to;
  const hashAt = to.indexOf('#');
  const hash = hashAt === -1 ? '' : to.slice(hashAt);
  const beforeHash = hashAt === -1 ? to : to.slice(0, hashAt);
  const [path, query = ''] = beforeHash.split('?', 2);
  const params = new URLSearchParams(query);
  params.set('data', data);
  return `${path ?? ''}?${params.toString()}${hash}`;
}

interface Props {
  to: string;
  children: ReactNode;
  className?: string;
}

export function DataLink({ to, children, className }: Props) {
  const data = useDataParam();
  return (
    <Link to={withDataParam(to, data)} className={className}>
      {children}
    </Link>
  );
}

export function DataNavLink({ to, children, end }: Props & { end?: boolean }) {
  const data = useDataParam();
  return (
    <NavLink to={withDataParam(to, data)} end={end}>
      {children}
    </NavLink>
  );
}
