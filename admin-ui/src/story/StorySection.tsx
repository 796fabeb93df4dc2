import { useState } from 'react';
import { Alert, Box, Button, Chip, List, ListItem, ListItemButton, ListItemText, Skeleton, Stack, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useRecordContext, useTranslate } from 'react-admin';
import { own, STORY_KINDS, STORY_PAGE_SIZE, STORY_PAGE_SIZE_MAX, type StoryEntry, type StoryKind, type StorySubject } from '@sigobito/config/contracts';
import { useFormatDay } from '../common/useFormatDay';
import { useFormatDateTime } from '../common/useMunicipalityTimeZone';
import { readStory, STATUS_LABELS, storyEntryPath, SUBKIND_LABELS } from './storyApi';

const isDay = (date: string) => /^\d{4}-\d{2}-\d{2}$/.test(date);

const EntryLine = ({ entry }: { entry: StoryEntry }) => {
  const translate = useTranslate();
  const formatDay = useFormatDay();
  const { format } = useFormatDateTime();
  const label = (table: Partial<Record<StoryKind, string>>, code: string | null) => {
    const prefix = own(table, entry.kind);
    return code && prefix ? translate(`${prefix}.${code}`, { _: code }) : code;
  };
  const date = isDay(entry.date) ? formatDay(entry.date) : format(entry.date);
  const path = storyEntryPath(entry);
  const secondary = [date, translate(`resources.${entry.kind}.name`, { smart_count: 1 }), label(SUBKIND_LABELS, entry.subkind), label(STATUS_LABELS, entry.status)].filter(Boolean).join(' · ');
  const text = <ListItemText primary={entry.title} secondary={secondary} />;
  return (
    <ListItem disablePadding data-kind={entry.kind}>
      {path ? (
        <ListItemButton component={Link} to={path}>
          {text}
        </ListItemButton>
      ) : (
        <Box sx={{ px: 2, py: 0.5 }}>{text}</Box>
      )}
    </ListItem>
  );
};

/**
 * "Historia": the record's story (360° view) across modules, newest first, as the server builds
 * it for the reader (what they may not see is not there), with a chip per kind that filters it.
 */
export const StorySection = ({ subject }: { subject: StorySubject }) => {
  const translate = useTranslate();
  const record = useRecordContext();
  const [kind, setKind] = useState<StoryKind | null>(null);
  const [limit, setLimit] = useState(STORY_PAGE_SIZE);
  const id = record?.id == null ? null : String(record.id);
  const { data, isPending, error } = useQuery({
    queryKey: ['story', subject, id, kind, limit],
    queryFn: () => readStory(subject, id!, { kind, limit }),
    enabled: id != null,
    placeholderData: keepPreviousData,
  });
  if (!id) return null;
  const all = data ? Object.values(data.counts).reduce((sum, n) => sum + (n ?? 0), 0) : 0;
  const choose = (next: StoryKind | null) => {
    setKind(next);
    setLimit(STORY_PAGE_SIZE);
  };
  const headingId = `story-${subject}`;
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ mt: 2, px: 2, pb: 2 }}>
      <Typography id={headingId} variant="h6" component="h2">
        {translate('sigobito.story.title')}
      </Typography>
      <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1 }}>
        {translate('sigobito.story.intro')}
      </Typography>
      {error ? <Alert severity="error">{translate('sigobito.story.error')}</Alert> : null}
      {data ? (
        <Stack direction="row" useFlexGap spacing={1} sx={{ flexWrap: 'wrap', mb: 1 }} role="group" aria-label={translate('sigobito.story.filter')}>
          <Chip label={translate('sigobito.story.all', { smart_count: all })} color={kind === null ? 'primary' : 'default'} aria-pressed={kind === null} onClick={() => choose(null)} />
          {STORY_KINDS.filter((k) => own(data.counts, k) !== undefined).map((k) => (
            <Chip
              key={k}
              data-kind={k}
              label={`${translate(`resources.${k}.name`, { smart_count: 2 })} (${own(data.counts, k)})`}
              color={kind === k ? 'primary' : 'default'}
              aria-pressed={kind === k}
              onClick={() => choose(k)}
            />
          ))}
        </Stack>
      ) : null}
      {isPending ? (
        <Skeleton variant="rectangular" height={96} />
      ) : !data?.entries.length ? (
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {translate('sigobito.story.empty')}
        </Typography>
      ) : (
        <>
          <List dense disablePadding>
            {data.entries.map((entry) => (
              <EntryLine key={`${entry.kind}:${entry.id}`} entry={entry} />
            ))}
          </List>
          {data.total > data.entries.length ? (
            <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mt: 1 }}>
              <Typography variant="body2">{translate('sigobito.story.shown', { shown: data.entries.length, total: data.total })}</Typography>
              {limit < STORY_PAGE_SIZE_MAX ? (
                <Button size="small" onClick={() => setLimit(Math.min(limit + STORY_PAGE_SIZE, STORY_PAGE_SIZE_MAX))}>
                  {translate('sigobito.story.more')}
                </Button>
              ) : null}
            </Stack>
          ) : null}
        </>
      )}
    </Box>
  );
};
