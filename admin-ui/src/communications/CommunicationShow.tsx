import { useState, type ReactNode } from 'react';
import { Alert, Box, CardContent, Divider, List, ListItem, Stack, Typography } from '@mui/material';
import BlockIcon from '@mui/icons-material/Block';
import EditNoteIcon from '@mui/icons-material/EditNote';
import {
  Button,
  ChipField,
  EditButton,
  Labeled,
  Link,
  ReferenceArrayField,
  ReferenceField,
  Show,
  SingleFieldList,
  TextField,
  TopToolbar,
  useCanAccess,
  useGetList,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DayField } from '../agenda/DayField';
import { DateTimeField } from '../common/DateTimeField';
import { useFormatDateTime } from '../common/useMunicipalityTimeZone';
import { goalShowPath } from '../goals/routes';
import { RecordHistory } from '../history/RecordHistory';
import { PieceTabs } from '../pieces/PieceTabs';
import { CommunicationStatusChip } from './CommunicationChips';
import { CommunicationWorkflowButtons } from './CommunicationWorkflowButtons';
import { CorrectDialog } from './CorrectDialog';
import type { Communication, Piece } from './types';
import { useApproverRoles } from './useApproverRoles';
import { isLiveNews } from './workflow';
import { WithdrawDialog } from './WithdrawDialog';

const byName = { field: 'name', order: 'ASC' } as const;

/** Withdraw and correct, for press, while the news is out. */
const NewsButtons = ({ communication }: { communication: Communication }) => {
  const { canAccess } = useCanAccess({ resource: 'communications', action: 'edit' });
  const [open, setOpen] = useState<'withdraw' | 'correct' | null>(null);
  const { data } = useGetList<Piece>('pieces', { filter: { communication: communication.id, channel: 'web' }, pagination: { page: 1, perPage: 1 } }, { enabled: open === 'correct' });
  if (!canAccess || !isLiveNews(communication)) return null;
  return (
    <>
      <Button label="resources.communications.correct.button" onClick={() => setOpen('correct')}>
        <EditNoteIcon />
      </Button>
      <Button label="resources.communications.withdraw.button" color="error" onClick={() => setOpen('withdraw')}>
        <BlockIcon />
      </Button>
      {open === 'withdraw' && <WithdrawDialog communication={communication} onClose={() => setOpen(null)} />}
      {open === 'correct' && <CorrectDialog communication={communication} webPiece={data?.[0]} onClose={() => setOpen(null)} />}
    </>
  );
};

const CommunicationActions = () => {
  const record = useRecordContext<Communication>();
  if (!record) return <TopToolbar />;
  const editable = record.status !== 'archived' && record.status !== 'discarded';
  return (
    <TopToolbar sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
      <CommunicationWorkflowButtons />
      <NewsButtons communication={record} />
      {editable && <EditButton />}
    </TopToolbar>
  );
};

const Section = ({ id, title, children }: { id: string; title: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box component="section" aria-labelledby={id} sx={{ mt: 3 }}>
      <Typography id={id} variant="h6" component="h2" gutterBottom>
        {translate(title)}
      </Typography>
      {children}
    </Box>
  );
};

/** The resource an origin's record is read from: a role that may not read it sees no link. */
const ORIGIN_RESOURCE: Partial<Record<Communication['origin'], string>> = { activity: 'activities', goal: 'goals', milestone: 'milestones' };

/** Where it comes from, linked: the agenda activity, the goal, or the milestone (on its goal's page). */
const OriginLink = ({ communication }: { communication: Communication }) => {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: ORIGIN_RESOURCE[communication.origin] ?? 'goals', action: 'show' });
  const origin = translate(`resources.communications.origins.${communication.origin}`);
  const linked = !canAccess
    ? null
    : communication.origin === 'activity' && communication.activity ? (
      <ReferenceField source="activity" reference="activities" link="show" />
    ) : communication.origin === 'milestone' && communication.milestone ? (
      <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'baseline' }}>
        <ReferenceField source="milestone" reference="milestones" link={false} />
        {communication.goal && (
          <Link to={goalShowPath(communication.goal)}>
            <ReferenceField source="goal" reference="goals" link={false} />
          </Link>
        )}
      </Stack>
    ) : communication.origin === 'goal' && communication.goal ? (
      <ReferenceField source="goal" reference="goals" link="show" />
    ) : null;
  return (
    <Box>
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        {origin}
      </Typography>
      {communication.origin === 'institutional' ? (
        <Typography variant="body2">{translate('resources.communications.origin_none')}</Typography>
      ) : (
        (linked ?? <Typography variant="body2">{translate('resources.communications.origin_hidden')}</Typography>)
      )}
    </Box>
  );
};

const Approval = ({ communication }: { communication: Communication }) => {
  const translate = useTranslate();
  const { approverRoles } = useApproverRoles();
  return (
    <Box>
      {communication.approvedAt ? (
        <Typography variant="body2">
          <ReferenceField source="approvedBy" reference="members" link={false} /> · <DateTimeField source="approvedAt" />
        </Typography>
      ) : (
        <Typography variant="body2">{translate('resources.communications.approval.pending')}</Typography>
      )}
      {communication.approvalComment && (
        <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', fontStyle: 'italic', mt: 0.5 }}>
          {communication.approvalComment}
        </Typography>
      )}
      <Typography variant="caption" sx={{ color: 'text.secondary' }}>
        {translate('resources.communications.approval.approvers', { roles: approverRoles.map((r) => translate(`resources.members.roles.${r}`)).join(', ') })}
      </Typography>
    </Box>
  );
};

/** "Retirada el <fecha>: <motivo>" and the dated corrections, as the public page shows them. */
const Publication = ({ communication }: { communication: Communication }) => {
  const translate = useTranslate();
  const { format } = useFormatDateTime();
  const corrections = Array.isArray(communication.corrections) ? communication.corrections : [];
  if (!communication.withdrawnAt && !corrections.length) return null;
  return (
    <Stack sx={{ gap: 1, mt: 2 }}>
      {communication.withdrawnAt && (
        <Alert severity="warning">
          {translate('resources.communications.withdrawn_notice', { date: format(communication.withdrawnAt), reason: communication.withdrawalReason ?? '' })}
        </Alert>
      )}
      {corrections.length > 0 && (
        <Box>
          <Typography variant="subtitle2">{translate('resources.communications.fields.corrections')}</Typography>
          <List dense disablePadding>
            {corrections.map((c, i) => (
              <ListItem key={`${c.at}-${i}`} disableGutters>
                {translate('resources.communications.correction_item', { date: format(c.at), note: c.note })}
              </ListItem>
            ))}
          </List>
        </Box>
      )}
    </Stack>
  );
};

const CommunicationTitle = () => {
  const record = useRecordContext<Communication>();
  return record ? <span>{record.title}</span> : null;
};

const CommunicationPage = () => {
  const translate = useTranslate();
  const record = useRecordContext<Communication>();
  if (!record) return null;
  return (
    <CardContent>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <Typography variant="h5" component="h1">
          {record.title}
        </Typography>
        <CommunicationStatusChip status={record.status} />
      </Stack>
      <Publication communication={record} />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 3 }}>
        <Section id="communication-origin" title="resources.communications.sections.origin">
          <OriginLink communication={record} />
        </Section>
        <Section id="communication-approval" title="resources.communications.sections.approval">
          <Approval communication={record} />
        </Section>
      </Box>
      <Section id="communication-message" title="resources.communications.sections.message">
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(4, 1fr)' }, gap: 2 }}>
          <Box sx={{ gridColumn: { md: 'span 4' } }}>
            <Labeled source="keyMessage">
              <TextField source="keyMessage" sx={{ whiteSpace: 'pre-wrap' }} emptyText="—" />
            </Labeled>
          </Box>
          <Labeled source="audience">
            <TextField source="audience" emptyText="—" />
          </Labeled>
          <Labeled source="editor">
            <ReferenceField source="editor" reference="members" link={false} emptyText="—" />
          </Labeled>
          <Labeled source="plannedDate">
            <DayField source="plannedDate" emptyText="—" />
          </Labeled>
          <Labeled source="slug">
            <TextField source="slug" emptyText="—" />
          </Labeled>
        </Box>
      </Section>
      <Section id="communication-links" title="resources.communications.sections.links">
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(3, 1fr)' }, gap: 2 }}>
          {(['themes', 'places', 'actors'] as const).map((source) => (
            <Labeled key={source} source={source}>
              <ReferenceArrayField source={source} reference={source} sort={byName} empty={<span>—</span>}>
                <SingleFieldList linkType="show">
                  <ChipField source="name" size="small" />
                </SingleFieldList>
              </ReferenceArrayField>
            </Labeled>
          ))}
        </Box>
      </Section>
      <PieceTabs communication={record} />
      <Typography variant="caption" component="p" sx={{ color: 'text.secondary', mt: 3 }}>
        {translate('resources.communications.fields.createdAt')}: <DateTimeField source="createdAt" /> · {translate('resources.communications.fields.updatedAt')}:{' '}
        <DateTimeField source="updatedAt" />
      </Typography>
    </CardContent>
  );
};

/**
 * A communication's page: where it comes from (linked), what to say and to whom, its themes,
 * places and actors, its pieces as tabs (form, live preview, counter, publishing, deliveries),
 * the workflow buttons its status and the user's role allow, withdraw and correct once out,
 * and its history.
 */
export const CommunicationShow = () => (
  <Show actions={<CommunicationActions />} title={<CommunicationTitle />}>
    <CommunicationPage />
    <Divider />
    <RecordHistory />
  </Show>
);
