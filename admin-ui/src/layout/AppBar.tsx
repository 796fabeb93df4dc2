import { Typography } from '@mui/material';
import { AppBar as RaAppBar, LoadingIndicator, LocalesMenuButton, TitlePortal } from 'react-admin';
import { UserMenu } from './UserMenu';

const Toolbar = () => (
  <>
    <LocalesMenuButton />
    <LoadingIndicator />
  </>
);

// Always on: a bar that slides away on scroll hides the user menu and the loading
// indicator on long pages (an activity with its commitments, a goal's timeline).
export const AppBar = () => (
  <RaAppBar toolbar={<Toolbar />} userMenu={<UserMenu />} alwaysOn>
    <Typography variant="h6" component="span" sx={{ fontWeight: 700, mr: 2 }}>
      SIGOBito
    </Typography>
    <TitlePortal />
  </RaAppBar>
);
