import { useEffect, useState } from 'react';
import { Alert, Card, CardContent, Stack, Typography } from '@mui/material';
import SaveIcon from '@mui/icons-material/Save';
import { BooleanInput, Form, Loading, SaveButton, Title, useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { SigobitoDataProvider } from '../dataProvider';
import { fieldErrorsOf, serverMessage } from '../agenda/serverMessage';
import { NOTIFICATION_KINDS, type NotificationPreferences } from '@sigobito/config/contracts';

/** "Mis avisos por correo": every member turns their own e-mails on and off. */
export const MyNotificationsPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<SigobitoDataProvider>();
  const [preferences, setPreferences] = useState<NotificationPreferences | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    dataProvider.getMyNotifications().then(setPreferences, (error: unknown) => setFailed(serverMessage(error)));
  }, [dataProvider]);

  const save = async (values: { notificationPreferences?: Partial<NotificationPreferences> }) => {
    try {
      setPreferences(await dataProvider.updateMyNotifications(values.notificationPreferences ?? {}));
      notify('sigobito.profile.notifications.saved', { type: 'success' });
      return undefined;
    } catch (error) {
      const errors = fieldErrorsOf(error);
      if (errors) return { notificationPreferences: errors };
      notify(serverMessage(error), { type: 'error' });
      return undefined;
    }
  };

  return (
    <Card sx={{ mt: 2, maxWidth: 640 }}>
      <Title title={translate('sigobito.profile.notifications.title')} />
      <CardContent>
        <Typography variant="h5" component="h1" gutterBottom>
          {translate('sigobito.profile.notifications.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('sigobito.profile.notifications.intro')}
        </Typography>
        {failed && <Alert severity="error">{failed}</Alert>}
        {!preferences && !failed && <Loading />}
        {preferences && (
          <Form record={{ notificationPreferences: preferences }} onSubmit={save}>
            <Stack>
              {NOTIFICATION_KINDS.map((key) => (
                <BooleanInput
                  key={key}
                  source={`notificationPreferences.${key}`}
                  label={`resources.members.fields.notificationPreferences.${key}`}
                  helperText={false}
                />
              ))}
            </Stack>
            <SaveButton icon={<SaveIcon />} alwaysEnable={false} sx={{ mt: 2 }} />
          </Form>
        )}
      </CardContent>
    </Card>
  );
};
