import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { AppBar } from './AppBar';
import { Menu } from './Menu';

/**
 * The page never grows past the screen: react-admin lets the layout grow to its widest content
 * (`min-width: fit-content`, and a flex item's minimum is its content's), so one wide table made
 * the whole page 1,430 px on a 1,366-px screen and cut off the buttons on its right. Here the
 * content column may shrink, and a wide table scrolls inside its own frame.
 */
const FIT_THE_SCREEN = {
  minWidth: 0,
  '& .RaLayout-appFrame, & .RaLayout-contentWithSidebar, & .RaLayout-content': { minWidth: 0 },
  '& .RaDataTable-tableWrapper': { overflowX: 'auto' },
} as const;

export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout appBar={AppBar} menu={Menu} sx={FIT_THE_SCREEN}>
    {children}
  </RaLayout>
);
