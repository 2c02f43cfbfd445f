// Reasons and errors of an import in the user's language, and the import's fields in their words.
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import { useLanguage } from '../i18n/index.ts';
import { errorMessage } from '../ui/errors.ts';
import type { ImportField } from './importFields.ts';
import { reasonText, type ReasonTexts, type ServerReason } from './importReasons.ts';

export function useImportReasons() {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const fieldLabel = (field: string) => {
    const key = `imports.fields.${field}`;
    return i18n.exists(key) ? t(key as `imports.fields.${ImportField}`) : field;
  };
  const texts: ReasonTexts = { t, exists: (key) => i18n.exists(key), language, fieldLabel };
  return {
    fieldLabel,
    reasonText: (reason: ServerReason) => reasonText(reason, texts),
    /** A refused file or choice by its reason; any other error by its message. */
    errorText: (error: unknown) =>
      error instanceof ApiError && error.reason
        ? reasonText({ ...error.reason, reason: error.message }, texts)
        : errorMessage(error),
  };
}
