import { Typography } from '@mui/material';
import { AppBar as RaAppBar, LoadingIndicator, LocalesMenuButton, TitlePortal } from 'react-admin';

const Toolbar = () => (
  <>
    <LocalesMenuButton />
    <LoadingIndicator />
  </>
);

export const AppBar = () => (
  <RaAppBar toolbar={<Toolbar />}>
    <Typography variant="h6" component="span" sx={{ fontWeight: 700, mr: 2 }}>
      SIGOBito
    </Typography>
    <TitlePortal />
  </RaAppBar>
);
