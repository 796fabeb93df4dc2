import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

type SectionTitleProps = {
  /** An i18n key. */
  title: string;
  /** Pass `false` inside a SimpleShowLayout, which otherwise adds a field label above any child. */
  label?: false;
};

/** A heading inside a form or show layout. */
export const SectionTitle = ({ title }: SectionTitleProps) => {
  const translate = useTranslate();
  return (
    <Typography variant="h6" component="h2" sx={{ mt: 2, mb: 1 }}>
      {translate(title)}
    </Typography>
  );
};
