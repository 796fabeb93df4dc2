import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { AppBar } from './AppBar';
import { Menu } from './Menu';

/**
 * The content column may shrink below its widest table (a flex item's minimum is its content's
 * by default): a wide table scrolls inside its own frame instead of widening the whole page past
 * a 1,366-px screen and cutting off the buttons on its right.
 */
const FIT_THE_SCREEN = { '& .RaLayout-content': { minWidth: 0 } } as const;

export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout appBar={AppBar} menu={Menu} sx={FIT_THE_SCREEN}>
    {children}
  </RaLayout>
);
