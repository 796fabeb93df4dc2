import { useId, useState } from 'react';
import {
  Alert,
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  IconButton,
  InputAdornment,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import PhoneIphoneIcon from '@mui/icons-material/PhoneIphone';
import { Button, useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { SigobitoDataProvider } from '../dataProvider';
import { serverMessage } from './serverMessage';

/** The public agenda's iCal feed, served by the CMS next to the back office. */
export const PUBLIC_FEED_PATH = '/api/public/agenda.ics';

const CopyableUrl = ({ label, url }: { label: string; url: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const id = useId();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      notify('sigobito.agenda.phone.copied', { type: 'info' });
    } catch {
      // Without clipboard access (plain http), select the text so Ctrl+C copies it.
      const input = document.getElementById(id);
      if (input instanceof HTMLInputElement) input.select();
    }
  };
  return (
    <TextField
      id={id}
      label={label}
      value={url}
      fullWidth
      size="small"
      slotProps={{
        input: {
          readOnly: true,
          endAdornment: (
            <InputAdornment position="end">
              <IconButton onClick={copy} aria-label={translate('sigobito.agenda.phone.copy')} edge="end">
                <ContentCopyIcon />
              </IconButton>
            </InputAdornment>
          ),
        },
        htmlInput: { onFocus: (event: React.FocusEvent<HTMLInputElement>) => event.target.select() },
      }}
    />
  );
};

/**
 * "Calendario en mi teléfono": the public agenda feed, and a private address of the full
 * agenda the user may see. Each new private address replaces the previous one.
 */
export const PhoneCalendarButton = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<SigobitoDataProvider>();
  const [open, setOpen] = useState(false);
  const [privateUrl, setPrivateUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const publicUrl = `${window.location.origin}${PUBLIC_FEED_PATH}`;

  const generate = async () => {
    setPending(true);
    setError(null);
    try {
      const { url } = await dataProvider.newCalendarToken();
      setPrivateUrl(url);
    } catch (e) {
      setError(serverMessage(e));
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      <Button label="sigobito.agenda.phone.button" onClick={() => setOpen(true)}>
        <PhoneIphoneIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="phone-calendar-title" fullWidth maxWidth="sm">
        <DialogTitle id="phone-calendar-title">{translate('sigobito.agenda.phone.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{translate('sigobito.agenda.phone.intro')}</DialogContentText>
          <Stack sx={{ gap: 2 }}>
            <Typography variant="subtitle1" component="h3">
              {translate('sigobito.agenda.phone.private_title')}
            </Typography>
            <Alert severity="warning">{translate('sigobito.agenda.phone.warning')}</Alert>
            {privateUrl && <CopyableUrl label={translate('sigobito.agenda.phone.private_url')} url={privateUrl} />}
            {error && <Alert severity="error">{translate(error, { _: error })}</Alert>}
            <MuiButton variant="contained" onClick={generate} disabled={pending} sx={{ alignSelf: 'flex-start' }}>
              {translate(privateUrl ? 'sigobito.agenda.phone.regenerate' : 'sigobito.agenda.phone.generate')}
            </MuiButton>
            <Typography variant="subtitle1" component="h3" sx={{ mt: 1 }}>
              {translate('sigobito.agenda.phone.public_title')}
            </Typography>
            <CopyableUrl label={translate('sigobito.agenda.phone.public_url')} url={publicUrl} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.close" onClick={() => setOpen(false)} />
        </DialogActions>
      </Dialog>
    </>
  );
};
