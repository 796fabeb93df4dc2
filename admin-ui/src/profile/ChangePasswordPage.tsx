import { useState } from 'react';
import { Card, CardContent, Stack, Typography } from '@mui/material';
import SaveIcon from '@mui/icons-material/Save';
import { Form, PasswordInput, required, SaveButton, Title, useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { SigobitoDataProvider } from '../dataProvider';
import { fieldErrorsOf, serverMessage } from '../agenda/serverMessage';
import { confirmsNewPassword, type PasswordChangeValues } from './passwordChange';

/**
 * "Cambiar mi contraseña": the current password, the new one twice. The server checks the rules
 * (the same as for an account an administrator creates) and ends every other session.
 */
export const ChangePasswordPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<SigobitoDataProvider>();
  // A new key empties the form after a change.
  const [round, setRound] = useState(0);

  const save = async (values: PasswordChangeValues) => {
    try {
      await dataProvider.changeMyPassword(values.currentPassword ?? '', values.password ?? '');
      notify('sigobito.profile.password.changed', { type: 'success' });
      setRound((n) => n + 1);
      return undefined;
    } catch (error) {
      const errors = fieldErrorsOf(error);
      if (errors) return errors;
      notify(serverMessage(error), { type: 'error' });
      return undefined;
    }
  };

  return (
    <Card sx={{ mt: 2, maxWidth: 640 }}>
      <Title title={translate('sigobito.profile.password.title')} />
      <CardContent>
        <Typography variant="h5" component="h1" gutterBottom>
          {translate('sigobito.profile.password.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('sigobito.profile.password.intro')}
        </Typography>
        <Form key={round} onSubmit={save}>
          <Stack sx={{ maxWidth: 400 }}>
            <PasswordInput source="currentPassword" label="sigobito.profile.password.current" validate={required()} autoComplete="current-password" />
            <PasswordInput source="password" label="sigobito.profile.password.new" validate={required()} autoComplete="new-password" />
            <PasswordInput
              source="confirmation"
              label="sigobito.profile.password.confirmation"
              validate={[required(), confirmsNewPassword]}
              autoComplete="new-password"
            />
          </Stack>
          <SaveButton icon={<SaveIcon />} label="sigobito.profile.password.submit" sx={{ mt: 2 }} />
        </Form>
      </CardContent>
    </Card>
  );
};
