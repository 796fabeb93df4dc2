import { createElement } from 'react';
import DefaultIcon from '@mui/icons-material/ViewList';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Button, Card, CardContent, Skeleton, Stack, Typography } from '@mui/material';
import { Link, Title, useCanAccessResources, useCreatePath, useResourceDefinitions, useTranslate } from 'react-admin';
import { IMPORT_PATH } from '../imports/route';
import { useImportTargets } from '../imports/useImportTargets';
import { QUICK_LINK_RESOURCES } from './quickLinks';
import { useWelcome } from './useWelcome';

const RESOURCES: string[] = [...QUICK_LINK_RESOURCES];

const QuickLinks = () => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const definitions = useResourceDefinitions();
  const { canAccess } = useCanAccessResources({ action: 'list', resources: RESOURCES });
  const { targets } = useImportTargets();
  const allowed = RESOURCES.filter((resource) => canAccess?.[resource] && definitions[resource]);

  return (
    <nav aria-labelledby="quick-links-title">
      <Typography id="quick-links-title" variant="h6" component="h2" gutterBottom>
        {translate('sigobito.dashboard.quick_links')}
      </Typography>
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
        {allowed.map((resource) => (
          <Button
            key={resource}
            component={Link}
            to={createPath({ resource, type: 'list' })}
            variant="outlined"
            startIcon={createElement(definitions[resource]?.icon ?? DefaultIcon)}
          >
            {translate(`resources.${resource}.name`, { smart_count: 2 })}
          </Button>
        ))}
        {targets.length > 0 && (
          <Button component={Link} to={IMPORT_PATH} variant="outlined" startIcon={<UploadFileIcon />}>
            {translate('sigobito.imports.title')}
          </Button>
        )}
      </Stack>
    </nav>
  );
};

/** "Inicio": a welcome by name and role, and shortcuts to what the role may use. */
export const Dashboard = () => {
  const translate = useTranslate();
  const { name, roleLabel, isPending } = useWelcome();
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="ra.page.dashboard" />
      <CardContent>
        {isPending ? (
          <Skeleton width="40%" height={40} />
        ) : (
          <>
            <Typography variant="h5" component="h1" gutterBottom>
              {translate('sigobito.dashboard.welcome', { name })}
            </Typography>
            {roleLabel && (
              <Typography variant="subtitle1" sx={{ color: 'text.secondary' }} gutterBottom>
                {translate('sigobito.dashboard.role', { role: roleLabel })}
              </Typography>
            )}
          </>
        )}
        <Typography variant="body1" sx={{ my: 2 }}>
          {translate('sigobito.dashboard.intro')}
        </Typography>
        <QuickLinks />
      </CardContent>
    </Card>
  );
};
