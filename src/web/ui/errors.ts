// Turns a failed answer into words for the user and marks the fields it names.
import { notifications } from '@mantine/notifications';
import { i18next } from '../i18n/index.ts';
import { fieldProblemText } from './fieldProblemText.ts';
import { ApiError, type FieldProblem } from '../api/client.ts';

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'network') return i18next.t('app.networkError');
    return error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

/** Field errors of a 400 answer by field name ("name", "owner.email"); the rest as a message. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const errors: Record<string, string> = {};
  for (const problem of error.details) {
    if (problem.field && !errors[problem.field]) errors[problem.field] = problemText(problem);
  }
  return errors;
}

/** What is wrong with a field, in the user's language where the app has the words. */
export function problemText(problem: FieldProblem): string {
  return fieldProblemText(problem, {
    t: i18next.t,
    exists: (key) => i18next.exists(key),
    language: i18next.language === 'en' ? 'en' : 'nl',
  });
}

/** Every notification's close button says what it does. */
export function closeLabel() {
  return { closeButtonProps: { 'aria-label': i18next.t('app.close') } };
}

export function notifyError(error: unknown): void {
  notifications.show({
    ...closeLabel(),
    color: 'red',
    title: i18next.t('app.errorTitle'),
    message: errorMessage(error),
  });
}

export function notifyDone(message: string): void {
  notifications.show({ ...closeLabel(), color: 'teal', message });
}
