import type { ReactNode } from 'react';
import { Box, Card, CardActionArea, Typography } from '@mui/material';
import { Link } from 'react-admin';

/** A big number that opens the list behind it. */
export const CountTile = ({ to, count, label, accent }: { to: string; count: number; label: ReactNode; accent: string }) => (
  <Card variant="outlined" sx={{ borderLeft: 6, borderLeftColor: accent }}>
    <CardActionArea component={Link} to={to} sx={{ p: 2, height: '100%' }}>
      <Typography variant="h4" component="p" sx={{ fontWeight: 700 }}>
        {count}
      </Typography>
      <Box sx={{ typography: 'body2', mt: 0.5 }}>{label}</Box>
    </CardActionArea>
  </Card>
);
