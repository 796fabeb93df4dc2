import { useMemo } from 'react';
import { ToggleButton } from '@mui/material';
import TitleIcon from '@mui/icons-material/Title';
import { useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { ClearButtons, FormatButtons, LinkButtons, ListButtons, QuoteButtons, RichTextInputToolbar, useTiptapEditor } from 'ra-input-rich-text';
import { useTranslate } from 'react-admin';

/**
 * The web body's editor: only what the news allow-list keeps (cms/src/domain/communications/
 * news-html.ts: paragraphs, subheadings, bold, italics, underline, strike, lists, quotes, links,
 * rules), so what press sees is what citizens read. No colours, alignment, images or code.
 */
const EXTENSIONS = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    code: false,
    codeBlock: false,
    link: { openOnClick: false, protocols: ['http', 'https', 'mailto'] },
  }),
];

/** The editor's options, its text area named for screen readers (and tests) by `label`. Memoised: new options recreate the editor. */
export const useNewsEditorOptions = (label: string) =>
  useMemo(() => ({ extensions: EXTENSIONS, editorProps: { attributes: { role: 'textbox', 'aria-label': label, 'aria-multiline': 'true' } } }), [label]);

/** A subheading (h2) in the text, or back to a paragraph. */
const SubheadingButton = () => {
  const editor = useTiptapEditor();
  const translate = useTranslate();
  const isActive = useEditorState({ editor, selector: ({ editor: e }) => (e ? e.isActive('heading', { level: 2 }) : false) });
  const label = translate('ra.tiptap.subheading');
  return (
    <ToggleButton
      aria-label={label}
      title={label}
      value="subheading"
      size="small"
      selected={Boolean(isActive)}
      disabled={!editor?.isEditable}
      onClick={() => editor?.chain().focus().toggleHeading({ level: 2 }).run()}
    >
      <TitleIcon fontSize="inherit" />
    </ToggleButton>
  );
};

export const NewsToolbar = () => (
  <RichTextInputToolbar size="small">
    <SubheadingButton />
    <FormatButtons size="small" />
    <ListButtons size="small" />
    <LinkButtons size="small" />
    <QuoteButtons size="small" />
    <ClearButtons size="small" />
  </RichTextInputToolbar>
);
