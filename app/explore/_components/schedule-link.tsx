'use client';

import type { MouseEvent } from 'react';

interface Props {
  id: string;
  /** The page's address with this schedule opened: a new tab, or a copied link, opens it too. */
  href: string;
  onOpen: (id: string) => void;
}

/** A schedule by its id, as a link that opens it on this page without losing the report above it. */
export function ScheduleLink({ id, href, onOpen }: Props) {
  const open = (e: MouseEvent<HTMLAnchorElement>) => {
    // A modified click (new tab, new window) is the browser's to handle.
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    onOpen(id);
  };
  return (
    <a href={href} className="explore-id" onClick={open}>
      {id}
    </a>
  );
}
