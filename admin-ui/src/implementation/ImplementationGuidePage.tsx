import AddIcon from '@mui/icons-material/Add';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ListIcon from '@mui/icons-material/List';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import TimelapseIcon from '@mui/icons-material/Timelapse';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Alert, Box, Button, Card, CardContent, Chip, LinearProgress, List, ListItem, ListItemIcon, ListItemText, Skeleton, Stack, Typography } from '@mui/material';
import { isRole, type ImplementationStageView, type ImplementationStep, type StageState, type StepState } from '@sigobito/config/contracts';
import { Link, Title, useTranslate } from 'react-admin';
import { useMe } from '../goals/useMe';
import { roleLabelKey } from '../members/roles';
import { stepLinks, type GuideLink } from './stepLinks';
import { useImplementationGuide } from './useImplementationGuide';

const STAGE_CHIP: Record<StageState, { color: 'success' | 'warning' | 'default'; variant: 'filled' | 'outlined' }> = {
  done: { color: 'success', variant: 'filled' },
  in_progress: { color: 'warning', variant: 'filled' },
  pending: { color: 'default', variant: 'outlined' },
};

const STEP_ICON: Record<StepState, JSX.Element> = {
  done: <CheckCircleIcon sx={{ color: '#2e7d32' }} />,
  started: <TimelapseIcon sx={{ color: '#b26a00' }} />,
  missing: <RadioButtonUncheckedIcon sx={{ color: '#616161' }} />,
};

const LINK_ICON: Record<GuideLink['kind'], JSX.Element> = { open: <ListIcon />, create: <AddIcon />, import: <UploadFileIcon /> };

const StepRow = ({ step, role }: { step: ImplementationStep; role: unknown }) => {
  const translate = useTranslate();
  const base = `sigobito.guide.steps.${step.key}`;
  const missing =
    step.state === 'done'
      ? null
      : step.target === 0
        ? translate(`${base}.empty`)
        : step.key === 'roles'
        ? translate(`${base}.missing`, { roles: (step.missingRoles ?? []).map((r) => (isRole(r) ? translate(roleLabelKey(r)) : r)).join(', ') })
        : translate(`${base}.missing`, { smart_count: step.missing });
  return (
    <ListItem divider aria-label={translate(`${base}.title`)} sx={{ alignItems: 'flex-start', flexWrap: 'wrap', gap: 1 }}>
      <ListItemIcon sx={{ minWidth: 36, mt: 0.5 }} aria-label={translate(`sigobito.guide.step_states.${step.state}`)} role="img">
        {STEP_ICON[step.state]}
      </ListItemIcon>
      <ListItemText
        sx={{ flex: '1 1 320px' }}
        primary={
          <>
            {translate(`${base}.title`)}{' '}
            <Typography component="span" variant="body2" sx={{ color: 'text.secondary' }}>
              ({step.target > 1 ? translate('sigobito.guide.count', { count: step.count, target: step.target }) : step.count})
            </Typography>
          </>
        }
        secondary={missing}
      />
      <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
        {stepLinks(step.link, role).map((link) => (
          <Button key={link.kind} component={Link} to={link.to} size="small" variant={link.kind === 'open' ? 'text' : 'outlined'} startIcon={LINK_ICON[link.kind]}>
            {translate(`sigobito.guide.actions.${link.kind}`)}
          </Button>
        ))}
      </Stack>
    </ListItem>
  );
};

const StageCard = ({ stage, role, current }: { stage: ImplementationStageView; role: unknown; current: boolean }) => {
  const translate = useTranslate();
  const titleId = `guide-stage-${stage.key}`;
  return (
    <Card component="section" aria-labelledby={titleId} variant="outlined" sx={{ mb: 2, ...(current ? { borderColor: 'primary.main', borderWidth: 2 } : {}) }}>
      <CardContent>
        <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          <Typography id={titleId} variant="h6" component="h2">
            {translate(`sigobito.guide.stages.${stage.key}.title`)}
          </Typography>
          <Chip size="small" label={translate(`sigobito.guide.stage_states.${stage.state}`)} {...STAGE_CHIP[stage.state]} />
        </Stack>
        <Typography variant="body2" sx={{ color: 'text.secondary', mt: 0.5 }}>
          {translate(`sigobito.guide.stages.${stage.key}.help`)}
        </Typography>
        <List dense disablePadding>
          {stage.steps.map((step) => (
            <StepRow key={step.key} step={step} role={role} />
          ))}
        </List>
      </CardContent>
    </Card>
  );
};

/** "Guía de implementación": the method's stages, each step with what is there, what is missing and where to do it. */
export const ImplementationGuidePage = () => {
  const translate = useTranslate();
  const { me } = useMe();
  const { data, isPending, error } = useImplementationGuide();
  return (
    <Box sx={{ mt: 2, maxWidth: 1100 }}>
      <Title title="sigobito.guide.title" />
      <Typography variant="h5" component="h1" gutterBottom>
        {translate('sigobito.guide.title')}
      </Typography>
      <Typography variant="body1" sx={{ mb: 2 }}>
        {translate('sigobito.guide.intro')}
      </Typography>
      {error ? (
        <Alert severity="error">{translate('sigobito.guide.load_error')}</Alert>
      ) : isPending || !data ? (
        <Skeleton variant="rectangular" height={320} />
      ) : (
        <>
          <Box sx={{ mb: 2 }}>
            <Typography variant="body2">{translate('sigobito.guide.progress', { done: data.done, total: data.total })}</Typography>
            <LinearProgress
              variant="determinate"
              value={data.total ? (data.done / data.total) * 100 : 0}
              sx={{ height: 8, borderRadius: 4, my: 0.5 }}
              aria-label={translate('sigobito.guide.progress', { done: data.done, total: data.total })}
            />
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {data.current
                ? translate('sigobito.guide.current', { stage: translate(`sigobito.guide.stages.${data.current}.title`) })
                : translate('sigobito.guide.all_done')}
            </Typography>
          </Box>
          {data.stages.map((stage) => (
            <StageCard key={stage.key} stage={stage} role={me?.role} current={stage.key === data.current} />
          ))}
        </>
      )}
    </Box>
  );
};
